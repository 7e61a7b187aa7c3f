//! Lookup ratios measured in pairs.
//!
//! Criterion times each contender in its own window of seconds; on a shared machine the load
//! changes between windows, and ratios of two such means moved by ±30% from run to run. Here
//! every round times win-errors and each baseline back to back on the same 1,024 queries (in
//! alternating order), so both see the same machine; the median of the per-round ratios is
//! reported with its interquartile range.
//!
//! Run with `cargo bench -p win-errors-benches --bench paired`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use win_errors::{
    BugCheck, ComError, DeviceProblem, ErrorCatalog, EseError, NtStatus, SetupResult, WinError,
};
use win_errors_benches::{
    DenseFloor, PHF_MESSAGES, hash_map_by_code, hash_map_by_name, random_hits, random_hits_of,
    random_misses, random_names, sorted_slice,
};

const QUERIES: usize = 1024;
/// Passes over the queries per timing: long enough (tens of microseconds) for the clock.
const PASSES: usize = 16;
const ROUNDS: usize = 401;

/// One contender: answers every query once and returns something to keep the work alive.
type Contender<'a> = Box<dyn Fn() -> usize + 'a>;

fn time(contender: &Contender<'_>) -> Duration {
    let start = Instant::now();
    for _ in 0..PASSES {
        black_box(contender());
    }
    start.elapsed()
}

/// Median and quartiles of `baseline / ours` over the rounds.
fn paired(ours: &Contender<'_>, baseline: &Contender<'_>) -> (f64, f64, f64) {
    // Warm both up, so the first rounds do not pay for cold caches.
    for _ in 0..20 {
        time(ours);
        time(baseline);
    }
    let mut ratios: Vec<f64> = (0..ROUNDS)
        .map(|round| {
            let (ours_time, baseline_time) = if round % 2 == 0 {
                let o = time(ours);
                (o, time(baseline))
            } else {
                let b = time(baseline);
                (time(ours), b)
            };
            baseline_time.as_secs_f64() / ours_time.as_secs_f64()
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    let at = |q: usize| ratios[(ratios.len() - 1) * q / 4];
    (at(2), at(1), at(3))
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument (a criterion filter) means another
    // benchmark was asked for.
    if std::env::args().skip(1).any(|a| !a.starts_with('-')) {
        return;
    }
    let floor = DenseFloor::new();
    let by_code = hash_map_by_code();
    let sorted = sorted_slice();
    let by_name = hash_map_by_name();
    let names = random_names(QUERIES);

    println!("| queries | baseline | baseline time / ours (median) | interquartile range |");
    println!("|---|---|---|---|");
    for (kind, codes) in [
        ("hits", random_hits(QUERIES)),
        ("misses", random_misses(QUERIES)),
    ] {
        let ours: Contender = Box::new(|| {
            codes
                .iter()
                .filter_map(|&c| WinError::from_code(black_box(c)))
                .map(|e| e.message().map_or(0, str::len))
                .sum()
        });
        let baselines: [(&str, Contender); 4] = [
            (
                "dense floor",
                Box::new(|| {
                    codes
                        .iter()
                        .filter_map(|&c| floor.message(black_box(c)))
                        .map(str::len)
                        .sum()
                }),
            ),
            (
                "HashMap<u32, &str>",
                Box::new(|| {
                    codes
                        .iter()
                        .filter_map(|c| by_code.get(black_box(c)))
                        .map(|m| m.len())
                        .sum()
                }),
            ),
            (
                "phf::Map",
                Box::new(|| {
                    codes
                        .iter()
                        .filter_map(|c| PHF_MESSAGES.get(black_box(c)))
                        .map(|m| m.len())
                        .sum()
                }),
            ),
            (
                "sorted slice",
                Box::new(|| {
                    codes
                        .iter()
                        .filter_map(|&c| {
                            let i = sorted.binary_search_by_key(&black_box(c), |&(k, _)| k);
                            i.ok().map(|i| sorted[i].1.len())
                        })
                        .sum()
                }),
            ),
        ];
        for (baseline_name, baseline) in &baselines {
            let (median, low, high) = paired(&ours, baseline);
            println!(
                "| from_code + message, random {kind} | {baseline_name} | {median:.2}x | {low:.2}x to {high:.2}x |"
            );
        }
        // How far the floor itself is from the general structures: no lookup can beat
        // these ratios.
        let [(floor_name, floor), rest @ ..] = &baselines;
        for (baseline_name, baseline) in rest {
            let (median, low, high) = paired(floor, baseline);
            println!(
                "| {floor_name} (not ours), random {kind} | {baseline_name} | {median:.2}x | {low:.2}x to {high:.2}x |"
            );
        }
    }
    // The other shipped catalogs have the same tables but their own code index shape (sparse
    // codes take the bit layout): each against WinError on its own random hits.
    against_win_error::<NtStatus>();
    against_win_error::<ComError>();
    against_win_error::<EseError>();
    against_win_error::<BugCheck>();
    against_win_error::<DeviceProblem>();
    against_win_error::<SetupResult>();
    let ours: Contender = Box::new(|| {
        names
            .iter()
            .filter_map(|n| WinError::from_name(black_box(n)))
            .count()
    });
    let baseline: Contender = Box::new(|| {
        names
            .iter()
            .filter_map(|n| by_name.get(black_box(n)))
            .count()
    });
    let (median, low, high) = paired(&ours, &baseline);
    println!(
        "| from_name, random hits | HashMap<&str, WinError> | {median:.2}x | {low:.2}x to {high:.2}x |"
    );
}

/// `E` on random hits of its own against `WinError` on random hits of its own.
fn against_win_error<E: ErrorCatalog>() {
    let win_hits = random_hits_of::<WinError>(QUERIES);
    let hits = random_hits_of::<E>(QUERIES);
    let ours: Contender = Box::new(|| lookups::<E>(&hits));
    let baseline: Contender = Box::new(|| lookups::<WinError>(&win_hits));
    let (median, low, high) = paired(&ours, &baseline);
    println!(
        "| {} from_code + message, random hits | WinError, random hits | {median:.2}x | {low:.2}x to {high:.2}x |",
        E::TYPE_NAME
    );
}

/// `from_code` and `message` of every code, through the trait (which forwards to the
/// inherent methods and inlines; its `Some` around a catalog's every-known message folds away).
fn lookups<E: ErrorCatalog>(codes: &[u32]) -> usize {
    codes
        .iter()
        .filter_map(|&c| E::from_code(black_box(c)))
        .map(|e| e.message().map_or(0, str::len))
        .sum()
}
