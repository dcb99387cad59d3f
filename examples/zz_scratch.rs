use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let paras: Vec<&str> = s.split("\n\n").collect();
    for q in broadsheet::quotes::detect(&paras) {
        let t: Vec<&str> = q
            .spans
            .iter()
            .map(|sp| &paras[sp.paragraph][sp.start..sp.end])
            .collect();
        println!(
            "{:?} -> {:?} ({:.2})",
            t,
            q.speaker
                .as_ref()
                .map(|s| (&s.name, &s.role, &s.organization)),
            q.confidence
        );
    }
}
