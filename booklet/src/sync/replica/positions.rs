//! List positions for the registers of one list, chosen so that a local reorder changes as few registers as
//! possible.
//!
//! A list is materialised ordered by `(position, id)`. When the app's list has a new order, the entries that
//! can keep their positions are a longest run of entries whose current `(position, id)` already increases in
//! the new order; only the others (moved or new) get new positions, spread in the gaps between their kept
//! neighbours. Appending goes [`GAP`] past the last position, so a gap of [`GAP`] leaves room for sixteen
//! halvings before a neighbour has to move too; when a gap is full, the kept neighbour above it gives up its
//! position and the widened run is spread again (in the worst case the whole list is laid out anew).

use crate::id::Id;

/// The distance between appended entries.
pub(super) const GAP: u64 = 1 << 16;

/// The position of every entry of a list in its new order. `current[i]` is the `(position, id)` of the `i`-th
/// entry if it has a live register (else `None`: a new or restored entry). Entries that did not move keep
/// their positions; the result is strictly increasing.
pub(super) fn place(current: &[Option<(u64, Id)>]) -> Vec<u64> {
    let mut keep = longest_increasing(current);
    loop {
        match fill_runs(current, &keep) {
            Ok(positions) => return positions,
            // A run did not fit between its neighbours: the one above (else below) moves too, and the wider
            // run is tried again. Some neighbour exists: a run without any fits (it has all of u64).
            Err((lo, hi)) => match hi.or(lo) {
                Some(k) => keep[k] = false,
                None => return (1..=current.len() as u64).collect(),
            },
        }
    }
}

/// Which entries keep their position: a longest subsequence of entries with a current position whose
/// `(position, id)` strictly increases (patience sorting, O(n log n)).
fn longest_increasing(current: &[Option<(u64, Id)>]) -> Vec<bool> {
    // tails[k]: index of the smallest last element of an increasing run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; current.len()];
    for (i, item) in current.iter().enumerate() {
        let Some(x) = item else { continue };
        let len = tails.partition_point(|&t| current[t].is_some_and(|y| y < *x));
        before[i] = len.checked_sub(1).map(|l| tails[l]);
        if len == tails.len() {
            tails.push(i);
        } else {
            tails[len] = i;
        }
    }
    let mut keep = vec![false; current.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        keep[i] = true;
        at = before[i];
    }
    keep
}

/// Positions for every entry, or the indices of the kept neighbours `(below, above)` of the first run that
/// does not fit between them.
fn fill_runs(
    current: &[Option<(u64, Id)>],
    keep: &[bool],
) -> Result<Vec<u64>, (Option<usize>, Option<usize>)> {
    let mut out = vec![0; current.len()];
    let mut below: Option<usize> = None;
    let mut start = 0;
    for i in 0..=current.len() {
        if i < current.len() && !keep[i] {
            continue;
        }
        let above = (i < current.len()).then_some(i);
        let position = |k: Option<usize>| k.and_then(|k| current[k]).map(|(p, _)| p);
        let run = fill(position(below), position(above), i - start).ok_or((below, above))?;
        out[start..i].copy_from_slice(&run);
        if let Some(k) = above {
            out[k] = position(above).unwrap_or_default();
        }
        below = above;
        start = i + 1;
    }
    Ok(out)
}

/// `k` strictly increasing positions strictly between `lo` and `hi` (open ends: below 0 and above
/// `u64::MAX`), or `None` if there are fewer than `k` free positions. An open end is stepped away from by
/// [`GAP`], so appending and prepending leave room; a closed gap is split evenly.
fn fill(lo: Option<u64>, hi: Option<u64>, k: usize) -> Option<Vec<u64>> {
    if k == 0 {
        // Nothing to place, even between two kept entries that share a position (ordered by id).
        return Some(Vec::new());
    }
    let k128 = k as u128;
    let gap = u128::from(GAP);
    let max = u128::from(u64::MAX);
    let stepped: Option<Vec<u128>> = match (lo, hi) {
        (Some(l), None) if u128::from(l) + gap * k128 <= max => {
            Some((1..=k128).map(|j| u128::from(l) + gap * j).collect())
        }
        (None, Some(h)) if u128::from(h) >= gap * k128 => {
            Some((0..k128).map(|j| u128::from(h) - gap * (k128 - j)).collect())
        }
        (None, None) if gap * k128 <= max => Some((1..=k128).map(|j| gap * j).collect()),
        _ => None,
    };
    let spread = || {
        // In i128 so that the open lower end can be -1 and the open upper end 2^64.
        let lo = lo.map_or(-1, i128::from);
        let hi = hi.map_or(1 << 64, i128::from);
        let width = hi - lo;
        if width - 1 < k as i128 {
            return None;
        }
        Some(
            (1..=k as i128)
                .map(|j| (lo + width * j / (k as i128 + 1)) as u128)
                .collect(),
        )
    };
    let positions = match stepped {
        Some(p) => p,
        None => spread()?,
    };
    positions.into_iter().map(|p| u64::try_from(p).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(pairs: &[Option<u64>]) -> Vec<Option<(u64, Id)>> {
        pairs
            .iter()
            .enumerate()
            .map(|(i, p)| p.map(|p| (p, Id::from_u128(i as u128 + 1))))
            .collect()
    }

    fn increasing(v: &[u64]) -> bool {
        v.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn unmoved_entries_keep_their_positions() {
        let g = GAP;
        // Appending to [g, 2g, 3g].
        assert_eq!(
            place(&at(&[Some(g), Some(2 * g), Some(3 * g), None])),
            [g, 2 * g, 3 * g, 4 * g]
        );
        // The first entry moved to the end: only it changes.
        assert_eq!(
            place(&at(&[Some(2 * g), Some(3 * g), Some(g)])),
            [2 * g, 3 * g, 4 * g]
        );
        // The last moved to the front: only it changes.
        assert_eq!(place(&at(&[Some(3 * g), Some(g), Some(2 * g)])), [0, g, 2 * g]);
        // Inserted in the middle: the midpoint.
        assert_eq!(place(&at(&[Some(g), None, Some(2 * g)])), [g, g + g / 2, 2 * g]);
        // A fresh list.
        assert_eq!(place(&at(&[None, None])), [g, 2 * g]);
    }

    #[test]
    fn full_gaps_move_neighbours() {
        // Nothing fits between 5 and 6: a neighbour moves too.
        assert_eq!(place(&at(&[Some(5), None, Some(6)])), [5, 5 + GAP, 5 + 2 * GAP]);
        // Below 0 nothing fits: 0 moves.
        let p = place(&at(&[None, Some(0)]));
        assert!(increasing(&p), "{p:?}");
        // At the top of the range.
        let p = place(&at(&[Some(u64::MAX - 1), Some(u64::MAX), None, None]));
        assert!(increasing(&p), "{p:?}");
        // Equal positions keep their (position, id) order and need no write; an entry between them forces a
        // move.
        assert_eq!(place(&at(&[Some(7), Some(7), None])), [7, 7, 7 + GAP]);
        let p = place(&at(&[Some(7), None, Some(7)]));
        assert!(increasing(&p), "{p:?}");
    }

    #[test]
    fn many_inserts_at_one_spot_stay_ordered() {
        // Always insert right after the first entry: positions halve until a neighbour must move.
        let mut list: Vec<(u64, Id)> = vec![(GAP, Id::from_u128(1)), (2 * GAP, Id::from_u128(2))];
        for n in 3..60u128 {
            let mut current: Vec<Option<(u64, Id)>> = list.iter().copied().map(Some).collect();
            current.insert(1, None);
            let positions = place(&current);
            assert!(increasing(&positions), "{positions:?}");
            let moved = current
                .iter()
                .zip(&positions)
                .filter(|(c, p)| c.is_some_and(|(q, _)| q != **p))
                .count();
            assert!(moved <= list.len(), "{moved}");
            let mut ids: Vec<Id> = list.iter().map(|e| e.1).collect();
            ids.insert(1, Id::from_u128(n));
            list = positions.into_iter().zip(ids).collect();
        }
    }
}
