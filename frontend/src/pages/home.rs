//! Home: the next appointment, the goals with their progress, and quick add.

use crate::components::label::{code_text, title_html, title_text};
use crate::hooks::{use_app, use_t};
use crate::lazy::{LazyPage, Part, Show};
use crate::route::Route;
use crate::router::Link;
use crate::services::format;
use booklet::Command;
use i18n::Arg;
use yew::prelude::*;

/// The home screen.
#[function_component]
pub fn Home() -> Html {
    let t = use_t();
    let app = use_app();
    let booklet = app.state.booklet.clone();
    let tag = t.tag();
    let next = booklet.next_appointment(format::local_now()).map(|a| {
        let when = match a.time {
            Some(time) => format!(
                "{}, {}",
                format::date_long(tag, a.date),
                format::time(tag, a.date, time)
            ),
            None => format::date_long(tag, a.date),
        };
        let with = a
            .contact
            .and_then(|c| booklet.find_contact(c))
            .map(|c| c.organisation.clone());
        html! {
            <div class="card">
                <div class="muted small">{ when }</div>
                <h3>{ title_html(&t, &a.purpose) }</h3>
                if !a.place.is_empty() { <div><bdi dir="auto">{ &a.place }</bdi></div> }
                if let Some(with) = with { <div class="muted"><bdi dir="auto">{ with }</bdi></div> }
            </div>
        }
    });
    let goal_count = booklet.goals.len();
    let goals = booklet.goals.iter().enumerate().map(|(index, g)| {
        let id = g.id;
        let mover = |to: usize| {
            let app = app.clone();
            Callback::from(move |_| {
                app.run(Command::MoveGoal { id, to_index: to });
            })
        };
        let name = title_text(&t, &g.title);
        let (done, total) = g.progress();
        let percent = (done * 100).checked_div(total).unwrap_or(0);
        html! {
            <li key={g.id.to_string()}>
                <Link to={Route::Goal { id: g.id.to_string() }} classes="card goal-card">
                    <span class="row">
                        <span class="badge">{ code_text(&t, &g.field) }</span>
                        if g.status != booklet::GoalStatus::Open {
                            <span class="badge done">{ code_text(&t, &g.status) }</span>
                        }
                    </span>
                    <h3>{ title_html(&t, &g.title) }</h3>
                    <span class="muted small">
                        { t.text_args("goal-progress", &[("done", Arg::from(done)), ("total", Arg::from(total))]) }
                    </span>
                    <span class="progress" role="presentation"><span style={format!("inline-size: {percent}%")}></span></span>
                </Link>
                <div class="row reorder">
                    <button class="icon" disabled={index == 0} onclick={mover(index.saturating_sub(1))}
                        aria-label={t.text_args("action-move-up", &[("title", name.clone().into())])}>{ "↑" }</button>
                    <button class="icon" disabled={index + 1 == goal_count} onclick={mover(index + 1)}
                        aria-label={t.text_args("action-move-down", &[("title", name.into())])}>{ "↓" }</button>
                </div>
            </li>
        }
    });
    let links_started = crate::services::links::use_links().is_some();
    html! {
        <section data-page="home">
            // The inbox comes with the link-share engine, which starts after the first render.
            if links_started {
                <LazyPage show={Show::Inbox} part={Part::LinkEngine} quiet=true />
            }
            <h2>{ t.text("home-next-appointment") }</h2>
            { next.unwrap_or_else(|| html! { <p class="empty">{ t.text("home-no-appointment") }</p> }) }
            <div class="row">
                <h2 class="grow">{ t.text("home-goals") }</h2>
                <Link to={Route::AddGoal} classes="button">{ t.text("action-add-goal") }</Link>
            </div>
            if booklet.goals.is_empty() {
                <p class="empty">{ t.text("home-no-goals") }</p>
            } else {
                <ul class="list" aria-label={t.text("home-goals")}>{ for goals }</ul>
            }
            <h2>{ t.text("home-quick-add") }</h2>
            <div class="row">
                <Link to={Route::AddGoal} classes="button secondary">{ t.text("action-add-goal") }</Link>
                <Link to={Route::Appointments} classes="button secondary">{ t.text("action-add-appointment") }</Link>
                <Link to={Route::Contacts} classes="button secondary">{ t.text("action-add-contact") }</Link>
            </div>
            <h2>{ t.text("action-share") }</h2>
            <div class="row">
                <Link to={Route::Share} classes="button">{ t.text("action-share") }</Link>
                <Link to={Route::Scan} classes="button secondary">{ t.text("action-scan") }</Link>
            </div>
        </section>
    }
}
