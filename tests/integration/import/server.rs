//! A tiny HTTP/1.1 server on 127.0.0.1 for `federa import` tests: each path answers
//! as the test set it (a document, a status, a redirect, silence, an endless body).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server answers one path.
#[derive(Clone)]
pub enum Answer {
    Json(Vec<u8>),
    Status(u16),
    Redirect(String),
    /// Accept the request and never answer.
    Silent,
    /// A 200 with this many bytes of body.
    Bytes(usize),
}

pub struct Server {
    pub base: String,
    answers: Arc<Mutex<HashMap<String, Answer>>>,
}

impl Server {
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let answers: Arc<Mutex<HashMap<String, Answer>>> = Arc::default();
        let shared = Arc::clone(&answers);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let answers = Arc::clone(&shared);
                std::thread::spawn(move || answer(stream, &answers));
            }
        });
        Server { base, answers }
    }

    pub fn set(&self, path: &str, answer: Answer) {
        self.answers
            .lock()
            .expect("answers")
            .insert(path.to_string(), answer);
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

fn answer(mut stream: TcpStream, answers: &Mutex<HashMap<String, Answer>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split(' ').nth(1).unwrap_or("/").to_string();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
            break;
        }
    }
    let found = answers.lock().expect("answers").get(&path).cloned();
    let _ = match found.unwrap_or(Answer::Status(404)) {
        Answer::Json(body) => respond(&mut stream, "200 OK", &[], &body),
        Answer::Status(code) => respond(&mut stream, &format!("{code} Status"), &[], b"no"),
        Answer::Redirect(to) => respond(&mut stream, "302 Found", &[("Location", &to)], b""),
        Answer::Silent => {
            std::thread::sleep(Duration::from_secs(60));
            Ok(())
        }
        Answer::Bytes(size) => big(&mut stream, size),
    };
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)
}

fn big(stream: &mut TcpStream, size: usize) -> std::io::Result<()> {
    let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n");
    stream.write_all(head.as_bytes())?;
    let chunk = vec![b' '; 64 * 1024];
    let mut left = size;
    while left > 0 {
        let n = left.min(chunk.len());
        stream.write_all(&chunk[..n])?;
        left -= n;
    }
    Ok(())
}
