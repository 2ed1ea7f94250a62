//! Reading QR codes in the browser: `BarcodeDetector` where the browser has it, otherwise decoding in wasm
//! with quircs from camera frames; and a fallback that reads a photo at several scales (a code photographed
//! from far away is small, one from close by may be too large for the detector's sampling).

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageBitmap};

/// Why scanning could not start or found nothing. Message ids for the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScanProblem {
    /// The user (or the browser's policy) refused the camera.
    #[error("camera denied")]
    CameraDenied,
    /// There is no camera, or no camera API.
    #[error("no camera")]
    CameraAbsent,
    /// The photo could not be read as an image.
    #[error("unreadable photo")]
    UnreadablePhoto,
    /// No QR code was found.
    #[error("no code found")]
    NothingFound,
}

impl ScanProblem {
    /// The Fluent message id.
    pub fn message_id(&self) -> &'static str {
        match self {
            ScanProblem::CameraDenied => "scan-camera-denied",
            ScanProblem::CameraAbsent => "scan-camera-absent",
            ScanProblem::UnreadablePhoto => "scan-photo-unreadable",
            ScanProblem::NothingFound => "scan-nothing-found",
        }
    }
}

/// Decodes the first QR code in a greyscale image with quircs.
pub fn decode_luma(width: usize, height: usize, luma: &[u8]) -> Option<String> {
    let mut decoder = quircs::Quirc::default();
    decoder
        .identify(width, height, luma)
        .filter_map(|code| code.ok()?.decode().ok())
        .find_map(|data| String::from_utf8(data.payload).ok())
}

/// The greyscale pixels of what is drawn on a canvas.
fn canvas_luma(ctx: &CanvasRenderingContext2d, width: u32, height: u32) -> Option<Vec<u8>> {
    let data = ctx
        .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?
        .data();
    // Rec. 601 luma from RGBA.
    Some(
        data.chunks_exact(4)
            .map(|p| ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8)
            .collect(),
    )
}

fn canvas(width: u32, height: u32) -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    Some((canvas, ctx))
}

/// Reads a photo: the browser's detector first, then quircs at several scales.
pub async fn read_photo(file: web_sys::File) -> Result<String, ScanProblem> {
    let window = web_sys::window().ok_or(ScanProblem::UnreadablePhoto)?;
    let promise = window
        .create_image_bitmap_with_blob(&file)
        .map_err(|_| ScanProblem::UnreadablePhoto)?;
    let bitmap: ImageBitmap = JsFuture::from(promise)
        .await
        .map_err(|_| ScanProblem::UnreadablePhoto)?
        .unchecked_into();
    if let Some(text) = detect_with_browser(&bitmap).await {
        return Ok(text);
    }
    let (w, h) = (bitmap.width(), bitmap.height());
    for scale in [1.0, 0.5, 0.25, 2.0] {
        let (sw, sh) = (((f64::from(w)) * scale) as u32, ((f64::from(h)) * scale) as u32);
        if sw < 21 || sh < 21 || sw > 4096 || sh > 4096 {
            continue;
        }
        let Some((_canvas, ctx)) = canvas(sw, sh) else {
            continue;
        };
        ctx.set_image_smoothing_enabled(scale < 1.0);
        if ctx
            .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, f64::from(sw), f64::from(sh))
            .is_err()
        {
            continue;
        }
        if let Some(luma) = canvas_luma(&ctx, sw, sh)
            && let Some(text) = decode_luma(sw as usize, sh as usize, &luma)
        {
            return Ok(text);
        }
    }
    Err(ScanProblem::NothingFound)
}

/// One camera frame: the detector if the browser has one, else quircs on the frame's pixels.
pub async fn read_video_frame(video: &web_sys::HtmlVideoElement) -> Option<String> {
    let (w, h) = (video.video_width(), video.video_height());
    if w == 0 || h == 0 {
        return None;
    }
    if let Some(text) = detect_with_browser(video).await {
        return Some(text);
    }
    let (_canvas, ctx) = canvas(w, h)?;
    ctx.draw_image_with_html_video_element(video, 0.0, 0.0).ok()?;
    decode_luma(w as usize, h as usize, &canvas_luma(&ctx, w, h)?)
}

/// `new BarcodeDetector({formats: ["qr_code"]}).detect(source)`, when the browser has it (Chrome on Android
/// does; desktop Linux usually does not). `None` when absent or nothing was found.
async fn detect_with_browser(source: &JsValue) -> Option<String> {
    let global = js_sys::global();
    let ctor: Function = Reflect::get(&global, &"BarcodeDetector".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    Reflect::set(
        &options,
        &"formats".into(),
        &js_sys::Array::of1(&"qr_code".into()),
    )
    .ok()?;
    let detector = Reflect::construct(&ctor, &js_sys::Array::of1(&options)).ok()?;
    let detect: Function = Reflect::get(&detector, &"detect".into()).ok()?.dyn_into().ok()?;
    let found: Promise = detect.call1(&detector, source).ok()?.dyn_into().ok()?;
    let codes: js_sys::Array = JsFuture::from(found).await.ok()?.dyn_into().ok()?;
    codes
        .iter()
        .find_map(|c| Reflect::get(&c, &"rawValue".into()).ok()?.as_string())
}

/// Starts the back camera. The error tells denied from absent.
pub async fn start_camera(video: &web_sys::HtmlVideoElement) -> Result<web_sys::MediaStream, ScanProblem> {
    let devices = web_sys::window()
        .and_then(|w| w.navigator().media_devices().ok())
        .ok_or(ScanProblem::CameraAbsent)?;
    let constraints = web_sys::MediaStreamConstraints::new();
    let video_constraints = js_sys::Object::new();
    let _ = Reflect::set(&video_constraints, &"facingMode".into(), &"environment".into());
    constraints.set_video(&video_constraints);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| ScanProblem::CameraAbsent)?;
    let stream: web_sys::MediaStream = match JsFuture::from(promise).await {
        Ok(stream) => stream.unchecked_into(),
        Err(e) => {
            let name = e
                .dyn_ref::<web_sys::DomException>()
                .map(|d| d.name())
                .unwrap_or_default();
            return Err(if name == "NotAllowedError" || name == "SecurityError" {
                ScanProblem::CameraDenied
            } else {
                ScanProblem::CameraAbsent
            });
        }
    };
    video.set_src_object(Some(&stream));
    let _ = video.play();
    Ok(stream)
}

/// Stops every track of a stream (the camera light goes off).
pub fn stop_camera(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}
