//! Run-time lookups on the shipped catalog, side by side with their baselines.
//!
//! Each benchmark answers the same 1,024 random queries per iteration, so the reported time
//! per element is the cost of one lookup; `cargo xtask bench-report` turns the estimates into
//! ratios against the dense-index floor and the other baselines.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use win_errors::WinError;
use win_errors_benches::{
    DenseFloor, PHF_MESSAGES, hash_map_by_code, hash_map_by_name, random_hits, random_misses,
    random_names, sorted_slice,
};

const QUERIES: usize = 1024;

fn code_to_message(c: &mut Criterion) {
    let floor = DenseFloor::new();
    let map = hash_map_by_code();
    let sorted = sorted_slice();
    for (kind, codes) in [
        ("hit", random_hits(QUERIES)),
        ("miss", random_misses(QUERIES)),
    ] {
        let mut group = c.benchmark_group(format!("code_to_message/{kind}"));
        group.throughput(Throughput::Elements(QUERIES as u64));
        group.bench_function("win_errors", |b| {
            b.iter(|| {
                let mut bytes = 0;
                for &code in &codes {
                    if let Some(e) = WinError::from_code(black_box(code)) {
                        bytes += e.message().map_or(0, str::len);
                    }
                }
                bytes
            })
        });
        group.bench_function("dense_floor", |b| {
            b.iter(|| {
                let mut bytes = 0;
                for &code in &codes {
                    if let Some(m) = floor.message(black_box(code)) {
                        bytes += m.len();
                    }
                }
                bytes
            })
        });
        group.bench_function("win_errors_index_only", |b| {
            b.iter(|| {
                codes
                    .iter()
                    .filter(|&&c| WinError::from_code(black_box(c)).is_some())
                    .count()
            })
        });
        group.bench_function("dense_floor_index_only", |b| {
            b.iter(|| codes.iter().filter(|&&c| floor.has(black_box(c))).count())
        });
        group.bench_function("hash_map", |b| {
            b.iter(|| {
                let mut bytes = 0;
                for &code in &codes {
                    if let Some(m) = map.get(&black_box(code)) {
                        bytes += m.len();
                    }
                }
                bytes
            })
        });
        group.bench_function("phf_map", |b| {
            b.iter(|| {
                let mut bytes = 0;
                for &code in &codes {
                    if let Some(m) = PHF_MESSAGES.get(&black_box(code)) {
                        bytes += m.len();
                    }
                }
                bytes
            })
        });
        group.bench_function("sorted_slice", |b| {
            b.iter(|| {
                let mut bytes = 0;
                for &code in &codes {
                    if let Ok(i) = sorted.binary_search_by_key(&black_box(code), |&(c, _)| c) {
                        bytes += sorted[i].1.len();
                    }
                }
                bytes
            })
        });
        group.finish();
    }
}

fn name_to_entry(c: &mut Criterion) {
    let names = random_names(QUERIES);
    let map = hash_map_by_name();
    let mut group = c.benchmark_group("name_to_entry");
    group.throughput(Throughput::Elements(QUERIES as u64));
    group.bench_function("win_errors", |b| {
        b.iter(|| {
            names
                .iter()
                .filter_map(|n| WinError::from_name(black_box(n)))
                .count()
        })
    });
    group.bench_function("hash_map", |b| {
        b.iter(|| names.iter().filter_map(|n| map.get(black_box(n))).count())
    });
    group.finish();
}

fn display(c: &mut Criterion) {
    use std::fmt::Write;
    let entries: Vec<WinError> = random_hits(QUERIES)
        .into_iter()
        .filter_map(WinError::from_code)
        .collect();
    let mut group = c.benchmark_group("display");
    group.throughput(Throughput::Elements(QUERIES as u64));
    let mut out = String::with_capacity(1 << 20);
    group.bench_function("message", |b| {
        b.iter(|| {
            out.clear();
            for e in &entries {
                let _ = write!(out, "{e}");
            }
            out.len()
        })
    });
    group.bench_function("alternate", |b| {
        b.iter(|| {
            out.clear();
            for e in &entries {
                let _ = write!(out, "{e:#}");
            }
            out.len()
        })
    });
    group.bench_function("debug", |b| {
        b.iter(|| {
            out.clear();
            for e in &entries {
                let _ = write!(out, "{e:?}");
            }
            out.len()
        })
    });
    group.finish();
}

criterion_group!(benches, code_to_message, name_to_entry, display);
criterion_main!(benches);
