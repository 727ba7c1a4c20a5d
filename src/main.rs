//! The `newsdesk` binary: everything lives in the library; see `newsdesk::cli`.

/// mimalloc: the analysis makes many small short-lived strings, and glibc's malloc/free were
/// a fifth of the run time in profiles.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(newsdesk::cli::main());
}
