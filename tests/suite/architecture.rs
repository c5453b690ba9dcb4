//! Architecture rules, read from the source text (no compiler involved):
//!
//! - (a) only `src/ui/` uses iced: no other file under `src/` (`main.rs`
//!   and `src/bin/` included) names `iced` or an `iced_*` crate in a `use`,
//!   a path or an `extern crate`;
//! - (b) the reference server and the client never import each other (they
//!   meet in `crate::contract`): nothing under `src/central/` refers to
//!   `crate::api`, nothing under `src/api/` to `crate::central`, also not
//!   through a re-export;
//! - (c) the sibling modules inside `content`, `feeds`, `central`,
//!   `central::routes`, `ui` and `ui::screen` import each other without a cycle (a module counts
//!   with its submodules and unit tests);
//! - (d) every SQL statement of the reference server is in
//!   `src/central/store.rs`.
//!
//! Comments and the insides of string and char literals are blanked before
//! the code is read, so a doc comment saying "no iced here" is no use of
//! iced. Paths starting with `crate::`, `self::`, `super::` or a child
//! module's name are made absolute, and names a parent module imports are
//! followed to where they come from (so `use super::Catalog` in
//! `content/search.rs` is an import of `content::model`). Each rule also
//! runs on a small made-up tree that breaks it, to show that it can fail.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

// ------------------------------------------------------------------ rules

/// (a) Uses of iced outside `src/ui/`.
fn iced_outside_ui(files: &[Source]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files {
        if file.path.starts_with("src/ui/") || !file.path.starts_with("src/") {
            continue;
        }
        let code = Code::read(&file.text);
        let is_iced = |t: &str| t == "iced" || t.starts_with("iced_");
        for u in &code.uses {
            let first = u.segments.first().map(String::as_str).unwrap_or("");
            if is_iced(first) {
                found.push(format!(
                    "{}:{}: use {}",
                    file.path,
                    u.line,
                    u.segments.join("::")
                ));
            }
        }
        let text_at = |i: Option<usize>| {
            i.and_then(|i| code.tokens.get(i))
                .map_or("", |t| t.text.as_str())
        };
        for (i, t) in code.tokens.iter().enumerate() {
            if !is_iced(&t.text) || code.in_use.contains(&i) {
                continue;
            }
            let extern_crate =
                text_at(i.checked_sub(1)) == "crate" && text_at(i.checked_sub(2)) == "extern";
            if extern_crate {
                found.push(format!("{}:{}: extern crate {}", file.path, t.line, t.text));
            } else if text_at(Some(i + 1)) == "::" {
                found.push(format!("{}:{}: path {}::", file.path, t.line, t.text));
            }
        }
    }
    found
}

/// (b) `central` referring to `api`, or `api` to `central`.
fn central_and_api_imports(files: &[Source]) -> Vec<String> {
    let crate_ = Crate::read(files);
    let mut found = Vec::new();
    for (file, module, refs) in crate_.references() {
        let forbidden = match module.first().map(String::as_str) {
            Some("central") => "api",
            Some("api") => "central",
            _ => continue,
        };
        for r in refs {
            let target = crate_.resolve(&r.target);
            if target.first().map(String::as_str) == Some(forbidden) {
                found.push(format!(
                    "{}:{}: {} refers to crate::{}",
                    file,
                    r.line,
                    module.join("::"),
                    target.join("::")
                ));
            }
        }
    }
    found
}

/// (c) Import cycles between the sibling modules of `parent` (e.g.
/// `["content"]`): each cycle as `a -> b -> a`.
fn sibling_cycles(files: &[Source], parent: &[&str]) -> Vec<String> {
    let graph = sibling_graph(&Crate::read(files), parent);
    cycles(&graph)
}

/// (d) SQL in string literals of `src/central/` outside `store.rs`.
fn sql_outside_store(files: &[Source]) -> Vec<String> {
    const SQL: [&str; 9] = [
        "SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "ALTER ", "DROP ", "PRAGMA ",
        "WITH ",
    ];
    let mut found = Vec::new();
    for file in files {
        if !file.path.starts_with("src/central/") || file.path == "src/central/store.rs" {
            continue;
        }
        for (line, literal) in Code::read(&file.text).strings {
            let text = literal.trim_start();
            if SQL.iter().any(|k| text.starts_with(k)) {
                let short: String = text.chars().take(40).collect();
                found.push(format!("{}:{}: \"{short}…\"", file.path, line));
            }
        }
    }
    found
}

// ------------------------------------------------------------- the tree

struct Source {
    /// Relative to the crate root, with `/`.
    path: String,
    text: String,
}

fn source_tree() -> Vec<Source> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(root, &path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).unwrap();
                let rel = rel.to_string_lossy().replace('\\', "/");
                let text = std::fs::read_to_string(&path).unwrap();
                out.push(Source { path: rel, text });
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    walk(root, &root.join("src"), &mut out);
    assert!(
        out.iter().any(|s| s.path == "src/lib.rs"),
        "no src/lib.rs under {}",
        root.display()
    );
    out
}

fn src(files: &[(&str, &str)]) -> Vec<Source> {
    files
        .iter()
        .map(|(path, text)| Source {
            path: path.to_string(),
            text: text.to_string(),
        })
        .collect()
}

// ------------------------------------------------------- reading the code

#[derive(Debug)]
struct Token {
    text: String,
    line: usize,
}

/// One path of a `use` declaration, as written (e.g. `super::model::Catalog`),
/// with the module it is declared in (inline `mod x { .. }` included).
#[derive(Debug)]
struct UsePath {
    segments: Vec<String>,
    /// The name it brings into scope (`None` for a glob).
    name: Option<String>,
    /// Inline modules (`mod tests { .. }`) it is declared in.
    inline: Vec<String>,
    line: usize,
}

/// A path starting with `crate`, `self` or `super` outside `use`.
#[derive(Debug)]
struct InlinePath {
    segments: Vec<String>,
    inline: Vec<String>,
    line: usize,
}

struct Code {
    tokens: Vec<Token>,
    /// Indices of tokens inside `use` declarations.
    in_use: HashSet<usize>,
    uses: Vec<UsePath>,
    paths: Vec<InlinePath>,
    /// The string literals: line, content.
    strings: Vec<(usize, String)>,
}

impl Code {
    fn read(text: &str) -> Code {
        let (code, strings) = blank(text);
        let tokens = tokenize(&code);
        let mut uses = Vec::new();
        let mut paths = Vec::new();
        let mut in_use = HashSet::new();
        // Inline modules: (name, brace depth inside it).
        let mut inline: Vec<(String, usize)> = Vec::new();
        let mut depth = 0;
        let mut i = 0;
        let text_at = |i: usize| tokens.get(i).map(|t| t.text.as_str()).unwrap_or("");
        while i < tokens.len() {
            match text_at(i) {
                "{" => {
                    depth += 1;
                    i += 1;
                }
                "}" => {
                    depth = usize::saturating_sub(depth, 1);
                    while inline.last().is_some_and(|(_, d)| *d > depth) {
                        inline.pop();
                    }
                    i += 1;
                }
                "mod" if is_ident(text_at(i + 1)) && text_at(i + 2) == "{" => {
                    inline.push((text_at(i + 1).to_owned(), depth + 1));
                    i += 2;
                }
                // A use declaration (not `impl Trait + use<'a>`).
                "use" if is_ident(text_at(i + 1)) || matches!(text_at(i + 1), "::" | "{") => {
                    let start = i;
                    let names: Vec<String> = inline.iter().map(|(n, _)| n.clone()).collect();
                    let line = tokens[i].line;
                    i += 1;
                    if text_at(i) == "::" {
                        i += 1;
                    }
                    let mut found = Vec::new();
                    use_tree(&tokens, &mut i, Vec::new(), &mut found);
                    while i < tokens.len() && text_at(i) != ";" {
                        i += 1;
                    }
                    in_use.extend(start..=i);
                    for (segments, name) in found {
                        uses.push(UsePath {
                            segments,
                            name,
                            inline: names.clone(),
                            line,
                        });
                    }
                }
                "crate" | "self" | "super" if text_at(i + 1) == "::" => {
                    let line = tokens[i].line;
                    let mut segments = vec![text_at(i).to_owned()];
                    i += 1;
                    while text_at(i) == "::" && is_ident(text_at(i + 1)) {
                        segments.push(text_at(i + 1).to_owned());
                        i += 2;
                    }
                    paths.push(InlinePath {
                        segments,
                        inline: inline.iter().map(|(n, _)| n.clone()).collect(),
                        line,
                    });
                }
                _ => i += 1,
            }
        }
        Code {
            tokens,
            in_use,
            uses,
            paths,
            strings,
        }
    }
}

/// Reads one use tree at `*i` (after `use` or inside braces) into
/// `(segments, name)` pairs.
fn use_tree(
    tokens: &[Token],
    i: &mut usize,
    mut prefix: Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>)>,
) {
    let text_at = |i: usize| tokens.get(i).map(|t| t.text.as_str()).unwrap_or("");
    loop {
        match text_at(*i) {
            "{" => {
                *i += 1;
                while text_at(*i) != "}" && *i < tokens.len() {
                    use_tree(tokens, i, prefix.clone(), out);
                    if text_at(*i) == "," {
                        *i += 1;
                    }
                }
                *i += 1;
                return;
            }
            "*" => {
                *i += 1;
                out.push((prefix, None));
                return;
            }
            "self" if !prefix.is_empty() && text_at(*i + 1) != "::" => {
                *i += 1;
                let mut name = prefix.last().cloned();
                if text_at(*i) == "as" {
                    name = Some(text_at(*i + 1).to_owned());
                    *i += 2;
                }
                out.push((prefix, name));
                return;
            }
            t if is_ident(t) => {
                prefix.push(t.to_owned());
                *i += 1;
                if text_at(*i) == "::" {
                    *i += 1;
                    continue;
                }
                let mut name = prefix.last().cloned();
                if text_at(*i) == "as" {
                    name = Some(text_at(*i + 1).to_owned());
                    *i += 2;
                }
                out.push((prefix, name));
                return;
            }
            _ => {
                // Not a use tree (e.g. `use` in a macro); skip the token.
                *i += 1;
                return;
            }
        }
    }
}

fn is_ident(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && t.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Identifiers, `::` and single punctuation characters, with lines.
fn tokenize(code: &str) -> Vec<Token> {
    let chars: Vec<char> = code.chars().collect();
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            tokens.push(Token { text, line });
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            tokens.push(Token {
                text: "::".into(),
                line,
            });
            i += 2;
        } else {
            tokens.push(Token {
                text: c.to_string(),
                line,
            });
            i += 1;
        }
    }
    tokens
}

/// The code with comments and the insides of string and char literals
/// replaced by spaces (lines kept), and the string literals' contents.
fn blank(text: &str) -> (String, Vec<(usize, String)>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut strings = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let ident_before = |out: &String| {
        out.chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    };
    // Blanks chars[from..to] into `out`, keeping newlines.
    fn blank_into(out: &mut String, chars: &[char], line: &mut usize) {
        for &c in chars {
            if c == '\n' {
                *line += 1;
                out.push('\n');
            } else {
                out.push(' ');
            }
        }
    }
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            let end = chars[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |p| i + p);
            blank_into(&mut out, &chars[i..end], &mut line);
            i = end;
        } else if c == '/' && next == Some('*') {
            let mut nesting = 0;
            let mut j = i;
            while j < chars.len() {
                if chars[j] == '/' && chars.get(j + 1) == Some(&'*') {
                    nesting += 1;
                    j += 2;
                } else if chars[j] == '*' && chars.get(j + 1) == Some(&'/') {
                    nesting -= 1;
                    j += 2;
                    if nesting == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank_into(&mut out, &chars[i..j.min(chars.len())], &mut line);
            i = j;
        } else if c == 'r'
            && matches!(next, Some('"') | Some('#'))
            && !(ident_before(&out) && !out.ends_with('b') && !out.ends_with('c'))
            && {
                let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
                chars.get(i + 1 + hashes) == Some(&'"')
            }
        {
            let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
            let open = i + 1 + hashes; // the quote
            let mut j = open + 1;
            let close = loop {
                if j >= chars.len() {
                    break chars.len();
                }
                if chars[j] == '"' && chars[j + 1..].iter().take(hashes).all(|&c| c == '#') {
                    break j;
                }
                j += 1;
            };
            let start_line = line;
            out.push('r');
            out.extend(std::iter::repeat_n('#', hashes));
            out.push('"');
            strings.push((start_line, chars[open + 1..close].iter().collect()));
            blank_into(&mut out, &chars[open + 1..close], &mut line);
            out.push('"');
            out.extend(std::iter::repeat_n('#', hashes));
            i = (close + 1 + hashes).min(chars.len());
        } else if c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            let end = j.min(chars.len());
            strings.push((line, chars[i + 1..end].iter().collect()));
            out.push('"');
            blank_into(&mut out, &chars[i + 1..end], &mut line);
            out.push('"');
            i = end + 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a).
            // After a backslash the escaped char itself may be a quote.
            let end = if next == Some('\\') {
                chars
                    .get(i + 3..)
                    .and_then(|rest| rest.iter().position(|&c| c == '\''))
                    .map(|p| i + 3 + p)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(end) => {
                    out.push('\'');
                    blank_into(&mut out, &chars[i + 1..end], &mut line);
                    out.push('\'');
                    i = end + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            if c == '\n' {
                line += 1;
            }
            out.push(c);
            i += 1;
        }
    }
    (out, strings)
}

// ------------------------------------------------------------ the modules

/// A reference from one module to a path of the crate (absolute, without
/// `crate`), where it is written.
struct Reference {
    target: Vec<String>,
    line: usize,
}

/// The modules of the library crate (`src/lib.rs` and what it declares),
/// what each imports, and the references of every file.
struct Crate<'a> {
    files: Vec<(&'a Source, Vec<String>, Code)>,
    modules: HashSet<Vec<String>>,
    /// module → name → absolute path, from its `use` declarations.
    imports: HashMap<Vec<String>, HashMap<String, Vec<String>>>,
}

/// The module a file is: `src/a/b.rs` and `src/a/b/mod.rs` are `a::b`;
/// `None` for the crate roots of binaries (`main.rs`, `src/bin/`).
fn module_of(path: &str) -> Option<Vec<String>> {
    let rel = path.strip_prefix("src/")?.strip_suffix(".rs")?;
    if rel == "main" || rel.starts_with("bin/") {
        return None;
    }
    if rel == "lib" {
        return Some(Vec::new());
    }
    let mut parts: Vec<String> = rel.split('/').map(str::to_owned).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    Some(parts)
}

impl<'a> Crate<'a> {
    fn read(sources: &'a [Source]) -> Crate<'a> {
        let files: Vec<_> = sources
            .iter()
            .filter_map(|s| Some((s, module_of(&s.path)?, Code::read(&s.text))))
            .collect();
        let mut modules: HashSet<Vec<String>> = files.iter().map(|f| f.1.clone()).collect();
        for (_, module, code) in &files {
            for u in &code.uses {
                let mut m = module.clone();
                for name in &u.inline {
                    m.push(name.clone());
                    modules.insert(m.clone());
                }
            }
        }
        let mut crate_ = Crate {
            files: Vec::new(),
            modules,
            imports: HashMap::new(),
        };
        let mut imports: HashMap<Vec<String>, HashMap<String, Vec<String>>> = HashMap::new();
        for (_, module, code) in &files {
            for u in &code.uses {
                let scope: Vec<String> = module.iter().chain(&u.inline).cloned().collect();
                if let (Some(name), Some(target)) = (&u.name, crate_.absolute(&scope, &u.segments))
                {
                    imports
                        .entry(scope)
                        .or_default()
                        .insert(name.clone(), target);
                }
            }
        }
        crate_.imports = imports;
        crate_.files = files;
        crate_
    }

    /// The absolute path of `segments` written in module `scope`; `None`
    /// for paths outside the crate (std, other crates).
    fn absolute(&self, scope: &[String], segments: &[String]) -> Option<Vec<String>> {
        let first = segments.first()?;
        let mut path: Vec<String> = match first.as_str() {
            "crate" => Vec::new(),
            "self" => scope.to_vec(),
            "super" => {
                let mut p = scope.to_vec();
                p.pop()?;
                p
            }
            // A child module of the scope, named without `self::`.
            name if self.modules.contains(&[scope, &[name.to_owned()]].concat()) => scope.to_vec(),
            _ => return None,
        };
        let rest = match first.as_str() {
            "crate" | "self" | "super" => &segments[1..],
            _ => segments,
        };
        for s in rest {
            if s == "super" {
                path.pop()?;
            } else {
                path.push(s.clone());
            }
        }
        Some(path)
    }

    /// Follows `use` re-exports: `content::Catalog` →
    /// `content::model::Catalog`.
    fn resolve(&self, path: &[String]) -> Vec<String> {
        self.resolve_until(path, |_| false)
    }

    /// [`Crate::resolve`], but not past a module for which `stop` holds
    /// (a path through a sibling module is a use of that sibling, whatever
    /// it re-exports).
    fn resolve_until(&self, path: &[String], stop: impl Fn(&[String]) -> bool) -> Vec<String> {
        let mut path = path.to_vec();
        for _ in 0..16 {
            let mut changed = false;
            for i in 0..path.len() {
                if self.modules.contains(&path[..=i]) {
                    if stop(&path[..=i]) {
                        return path;
                    }
                    continue;
                }
                if self.modules.contains(&path[..i])
                    && let Some(target) = self.imports.get(&path[..i]).and_then(|m| m.get(&path[i]))
                    && *target != path[..=i]
                {
                    let mut next = target.clone();
                    next.extend_from_slice(&path[i + 1..]);
                    path = next;
                    changed = true;
                }
                break;
            }
            if !changed {
                break;
            }
        }
        path
    }

    /// Every file's module and the absolute paths it refers to (its `use`
    /// paths, a glob's module, and inline `crate::`/`super::`/`self::`
    /// paths).
    fn references(&self) -> Vec<(&str, &Vec<String>, Vec<Reference>)> {
        self.files
            .iter()
            .map(|(source, module, code)| {
                let mut refs = Vec::new();
                for u in &code.uses {
                    let scope: Vec<String> = module.iter().chain(&u.inline).cloned().collect();
                    if let Some(target) = self.absolute(&scope, &u.segments) {
                        refs.push(Reference {
                            target,
                            line: u.line,
                        });
                    }
                }
                for p in &code.paths {
                    let scope: Vec<String> = module.iter().chain(&p.inline).cloned().collect();
                    if let Some(target) = self.absolute(&scope, &p.segments) {
                        refs.push(Reference {
                            target,
                            line: p.line,
                        });
                    }
                }
                (source.path.as_str(), module, refs)
            })
            .collect()
    }
}

/// The import graph between the child modules of `parent`: child → the
/// siblings its files (its own submodules included) refer to.
fn sibling_graph(crate_: &Crate, parent: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let parent: Vec<String> = parent.iter().map(|s| s.to_string()).collect();
    let child_of = |path: &[String]| -> Option<String> {
        (path.len() > parent.len() && path.starts_with(&parent)).then(|| path[parent.len()].clone())
    };
    let children: BTreeSet<String> = crate_
        .modules
        .iter()
        .filter(|m| m.len() == parent.len() + 1)
        .filter_map(|m| child_of(m))
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = children
        .iter()
        .map(|c| (c.clone(), BTreeSet::new()))
        .collect();
    for (_, module, refs) in crate_.references() {
        let Some(from) = child_of(module) else {
            continue;
        };
        for r in refs {
            let target = crate_.resolve_until(&r.target, |m| child_of(m).is_some());
            if let Some(to) = child_of(&target)
                && to != from
                && children.contains(&to)
            {
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    graph
}

/// The cycles of a graph, each as `a -> b -> a` (one per back edge found
/// by a depth-first search in name order).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    fn visit<'g>(
        node: &'g str,
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<&'g str>,
        done: &mut HashSet<&'g str>,
        found: &mut Vec<String>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(at) = stack.iter().position(|&n| n == node) {
            let mut cycle: Vec<&str> = stack[at..].to_vec();
            cycle.push(node);
            found.push(cycle.join(" -> "));
            return;
        }
        stack.push(node);
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, stack, done, found);
        }
        stack.pop();
        done.insert(node);
    }
    let mut found = Vec::new();
    let mut done = HashSet::new();
    for node in graph.keys() {
        visit(node, graph, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

// ------------------------------------------------- the rules on this crate

const GROUPS: [&[&str]; 6] = [
    &["content"],
    &["feeds"],
    &["central"],
    &["central", "routes"],
    // The UI: the root, the screens, the widgets and the tools built on
    // them (app ⇄ screenshots ⇄ display ⇄ startup ⇄ print_view once), and
    // the screens among themselves (guides ⇄ search once).
    &["ui"],
    &["ui", "screen"],
];

#[test]
fn only_the_ui_uses_iced() {
    let found = iced_outside_ui(&source_tree());
    assert!(
        found.is_empty(),
        "iced outside src/ui/:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_server_and_the_client_share_only_the_contract() {
    let found = central_and_api_imports(&source_tree());
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_import_cycles_between_sibling_modules() {
    let tree = source_tree();
    let crate_ = Crate::read(&tree);
    let mut found = Vec::new();
    let mut sizes = Vec::new();
    for parent in GROUPS {
        let graph = sibling_graph(&crate_, parent);
        sizes.push((parent.join("::"), graph.len()));
        for cycle in cycles(&graph) {
            found.push(format!("{}: {cycle}", parent.join("::")));
        }
    }
    assert!(found.is_empty(), "import cycles:\n{}", found.join("\n"));
    // Not vacuous: each group has its modules.
    assert!(sizes.iter().all(|(_, n)| *n >= 5), "{sizes:?}");
}

#[test]
fn the_server_keeps_its_sql_in_the_store() {
    let found = sql_outside_store(&source_tree());
    assert!(
        found.is_empty(),
        "SQL outside store.rs:\n{}",
        found.join("\n")
    );
    // The rule is not vacuous: the store does hold the statements.
    let tree = source_tree();
    let store = tree
        .iter()
        .find(|s| s.path == "src/central/store.rs")
        .expect("src/central/store.rs");
    let statements = Code::read(&store.text)
        .strings
        .iter()
        .filter(|(_, s)| s.trim_start().starts_with("SELECT "))
        .count();
    assert!(statements >= 5, "only {statements} SELECTs in store.rs");
}

// ---------------------------------------- each rule fails on a broken tree

#[test]
fn rule_a_reports_iced_outside_the_ui() {
    let files = src(&[
        ("src/lib.rs", "pub mod content;\npub mod ui;\n"),
        // Allowed: the UI.
        (
            "src/ui/mod.rs",
            "use iced::widget::text;\nfn f() { iced::exit() }\n",
        ),
        (
            "src/content/mod.rs",
            "//! Plain Rust: no iced here.\n\
             fn renderer(c: &Config) -> Option<&str> { c.iced_backend() }\n\
             const FILTER: &str = \"info,iced_wgpu=warn\";\n\
             use iced::widget::{column, text};\n",
        ),
        (
            "src/main.rs",
            "fn main() {\n    let _ = iced_runtime::task::none::<()>();\n}\n",
        ),
        ("src/bin/tool.rs", "extern crate iced_tiny_skia;\n"),
    ]);
    assert_eq!(
        iced_outside_ui(&files),
        [
            "src/content/mod.rs:4: use iced::widget::column",
            "src/content/mod.rs:4: use iced::widget::text",
            "src/main.rs:2: path iced_runtime::",
            "src/bin/tool.rs:1: extern crate iced_tiny_skia",
        ]
    );
}

#[test]
fn rule_b_reports_central_and_api_importing_each_other() {
    let files = src(&[
        (
            "src/lib.rs",
            "pub mod api;\npub mod central;\npub mod contract;\n",
        ),
        ("src/contract/mod.rs", "pub struct Health;\n"),
        (
            "src/api/mod.rs",
            "pub mod client;\npub use client::ApiClient;\n",
        ),
        (
            "src/api/client.rs",
            "use crate::contract::Health;\npub struct ApiClient;\n\
             fn f() { let _ = crate::central::spawn; }\n",
        ),
        (
            "src/central/mod.rs",
            "mod routes;\nuse crate::contract::Health;\npub fn spawn() {}\n",
        ),
        ("src/central/routes/mod.rs", "mod tickets;\n"),
        (
            "src/central/routes/tickets.rs",
            "use super::super::super::api::ApiClient;\n",
        ),
    ]);
    assert_eq!(
        central_and_api_imports(&files),
        [
            "src/api/client.rs:3: api::client refers to crate::central::spawn",
            "src/central/routes/tickets.rs:1: central::routes::tickets refers to crate::api::client::ApiClient",
        ]
    );
}

#[test]
fn rule_c_reports_cycles_through_super_crate_paths_and_reexports() {
    // The feeds cycle as it was: crisis -> krisinformation -> crisis.
    let feeds = src(&[
        ("src/lib.rs", "pub mod feeds;\n"),
        (
            "src/feeds/mod.rs",
            "pub mod crisis;\npub mod krisinformation;\npub mod text;\n",
        ),
        (
            "src/feeds/crisis.rs",
            "use super::text;\n\
             fn in_area() { super::krisinformation::municipality_key(\"x\"); }\n",
        ),
        (
            "src/feeds/krisinformation.rs",
            "use super::crisis::{CrisisMessage, Severity};\npub fn municipality_key() {}\n",
        ),
        ("src/feeds/text.rs", "pub fn short() {}\n"),
    ]);
    assert_eq!(
        sibling_cycles(&feeds, &["feeds"]),
        ["crisis -> krisinformation -> crisis"]
    );

    // The content cycle as it was, through a re-export of mod.rs and a
    // `crate::` path: model -> search -> model, load -> model -> load.
    let content = src(&[
        ("src/lib.rs", "pub mod content;\n"),
        (
            "src/content/mod.rs",
            "mod load;\nmod model;\nmod search;\n\
             pub use load::ContentProblem;\npub use model::Catalog;\n",
        ),
        (
            "src/content/load.rs",
            "use super::model::{Catalog, Guide};\npub struct ContentProblem;\n",
        ),
        (
            "src/content/model.rs",
            "use crate::content::ContentProblem;\nuse super::search::{Scope, SearchIndex};\n",
        ),
        (
            "src/content/search.rs",
            "use super::Catalog;\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n",
        ),
    ]);
    assert_eq!(
        sibling_cycles(&content, &["content"]),
        ["load -> model -> load", "model -> search -> model"]
    );

    // A nested module counts for its top sibling: routes -> http -> routes.
    let central = src(&[
        ("src/lib.rs", "pub mod central;\n"),
        ("src/central/mod.rs", "mod http;\nmod routes;\nmod store;\n"),
        ("src/central/http.rs", "use super::routes::router;\n"),
        (
            "src/central/routes/mod.rs",
            "mod tickets;\npub fn router() {}\n",
        ),
        (
            "src/central/routes/tickets.rs",
            "use crate::central::http::problem;\nuse crate::central::store;\n",
        ),
        ("src/central/store.rs", "pub fn seen() {}\n"),
    ]);
    assert_eq!(
        sibling_cycles(&central, &["central"]),
        ["http -> routes -> http"]
    );

    // And a DAG has none.
    let dag = src(&[
        ("src/lib.rs", "pub mod content;\n"),
        (
            "src/content/mod.rs",
            "mod load;\nmod model;\nmod problem;\nmod search;\npub use problem::ContentProblem;\n",
        ),
        (
            "src/content/load.rs",
            "use super::model::Catalog;\nuse super::ContentProblem;\n",
        ),
        (
            "src/content/model.rs",
            "use super::problem::ContentProblem;\nuse super::search::SearchIndex;\n",
        ),
        ("src/content/problem.rs", "pub struct ContentProblem;\n"),
        ("src/content/search.rs", "use crate::i18n::Language;\n"),
    ]);
    assert_eq!(sibling_cycles(&dag, &["content"]), Vec::<String>::new());
}

#[test]
fn rule_d_reports_sql_outside_the_store() {
    let files = src(&[
        (
            "src/central/store.rs",
            "fn f(tx: &T) { tx.execute(\"UPDATE tickets SET x = 1\", []); }\n",
        ),
        (
            "src/central/routes/tickets.rs",
            "// SELECT in a comment is fine\n\
             fn f(tx: &T) {\n    let n = tx.query_row(\n        \"SELECT COUNT(*) FROM tickets\",\n    );\n}\n\
             const OK: &str = \"Select a service\";\n\
             const RAW: &str = r#\"INSERT INTO t VALUES (\"a\")\"#;\n",
        ),
    ]);
    assert_eq!(
        sql_outside_store(&files),
        [
            "src/central/routes/tickets.rs:4: \"SELECT COUNT(*) FROM tickets…\"",
            "src/central/routes/tickets.rs:8: \"INSERT INTO t VALUES (\"a\")…\"",
        ]
    );
}

#[test]
fn comments_strings_and_chars_are_not_code() {
    let code = Code::read(
        "/* use iced::x; /* nested */ still */ let q = '\"'; let s = \"use iced::y\";\n\
         fn f<'a>(x: &'a str) -> char { '\\'' }\nuse crate::api::Client;\n",
    );
    let uses: Vec<String> = code.uses.iter().map(|u| u.segments.join("::")).collect();
    assert_eq!(uses, ["crate::api::Client"]);
    assert_eq!(code.uses[0].line, 3);
    assert_eq!(code.strings, [(1, "use iced::y".to_owned())]);
}
