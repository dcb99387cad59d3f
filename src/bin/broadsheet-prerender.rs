//! `broadsheet-prerender PAGE.html [OUT.html]`: writes the article markup into every empty
//! `data-broadsheet="#id"` placeholder of a page whose data is inline, so the article paints
//! before the widget has loaded, and lowers the widget's preloads in priority (see
//! `broadsheet::prerender`). Writes to OUT, or in place.
//!
//! `broadsheet-prerender --article ARTICLE.json`: writes the markup of one article to
//! standard output, exactly as `articleHtml` of the npm module returns it (the tests compare
//! the two byte for byte).

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str =
    "usage: broadsheet-prerender PAGE.html [OUT.html]\n       broadsheet-prerender --article ARTICLE.json";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, article] if flag == "--article" => print_article(article),
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        [input] => prerender_page(input, input),
        [input, output] => prerender_page(input, output),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(path)
        .map_err(|error| eprintln!("broadsheet-prerender: reading {path}: {error}"))
        .ok()
}

fn print_article(path: &str) -> ExitCode {
    let Some(json) = read(path) else {
        return ExitCode::FAILURE;
    };
    match broadsheet::prerender::article_html(&json) {
        Ok(html) => {
            // No newline: the output is the markup itself, to embed or compare.
            let mut stdout = std::io::stdout().lock();
            if let Err(error) = stdout
                .write_all(html.as_bytes())
                .and_then(|()| stdout.flush())
            {
                eprintln!("broadsheet-prerender: writing the markup: {error}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(rejected) => {
            eprintln!("broadsheet-prerender: {path}: {rejected}");
            ExitCode::FAILURE
        }
    }
}

fn prerender_page(input: &str, output: &str) -> ExitCode {
    let Some(page) = read(input) else {
        return ExitCode::FAILURE;
    };
    match broadsheet::prerender::prerender_page(&page) {
        Ok((html, filled)) => {
            if let Err(error) = std::fs::write(output, html) {
                eprintln!("broadsheet-prerender: writing {output}: {error}");
                return ExitCode::FAILURE;
            }
            println!("broadsheet-prerender: {output}: {filled} placeholder(s) prerendered");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("broadsheet-prerender: {input}: {error}");
            ExitCode::FAILURE
        }
    }
}
