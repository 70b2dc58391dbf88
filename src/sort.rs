//! One stable sort for the whole crate. Every `slice::sort_by` instantiation adds ~5 KB of wasm
//! (the standard driftsort is generic over element and comparator); these helpers sort a `u32`
//! index vector through a `&dyn` comparator, so the sort code exists once, and then permute.

use std::cmp::Ordering;

fn sort_indices(idx: &mut [u32], cmp: &dyn Fn(usize, usize) -> Ordering) {
    idx.sort_by(|a, b| cmp(*a as usize, *b as usize));
}

/// Stable sort of `v` by `cmp` (same order as `v.sort_by(cmp)`).
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let n = u32::try_from(v.len()).unwrap_or(u32::MAX);
    let mut idx: Vec<u32> = (0..n).collect();
    sort_indices(&mut idx, &|a, b| cmp(&v[a], &v[b]));
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        idx.iter()
            .filter_map(|&i| old.get_mut(i as usize).and_then(Option::take)),
    );
    // Past u32::MAX elements (never in practice) the tail keeps its order.
    v.extend(old.into_iter().flatten());
}

/// Stable sort by a key (same order as `v.sort_by_key(key)`).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Stable sort by the natural order (same order as `v.sort()`).
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, |a, b| a.cmp(b));
}

#[cfg(test)]
mod tests {
    #[test]
    fn matches_the_standard_stable_sort() {
        let mut seed = 7u64;
        for len in [0usize, 1, 2, 3, 17, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut a = v.clone();
            let mut b = v.clone();
            a.sort_by_key(|x| x.0);
            super::sort_by(&mut b, |x, y| x.0.cmp(&y.0));
            assert_eq!(a, b, "len {len}");
            let mut c = v.clone();
            super::sort_by_key(&mut c, |x| std::cmp::Reverse(x.0));
            let mut d = v;
            d.sort_by_key(|x| std::cmp::Reverse(x.0));
            assert_eq!(c, d);
        }
    }
}
