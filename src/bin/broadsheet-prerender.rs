//! `broadsheet-prerender PAGE.html [OUT.html]`: writes the article markup into every empty
//! `data-broadsheet="#id"` placeholder of a page whose data is inline, so the article paints
//! before the widget has loaded (see `broadsheet::prerender`). Writes to OUT, or in place.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, output) = match args.as_slice() {
        [input] => (input, input),
        [input, output] => (input, output),
        _ => {
            eprintln!("usage: broadsheet-prerender PAGE.html [OUT.html]");
            return ExitCode::from(2);
        }
    };
    let page = match std::fs::read_to_string(input) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("broadsheet-prerender: reading {input}: {error}");
            return ExitCode::FAILURE;
        }
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
