//! The `newsdesk` binary: everything lives in the library; see `newsdesk::cli`.

fn main() {
    std::process::exit(newsdesk::cli::main());
}
