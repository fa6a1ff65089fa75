//! A minimal `graphql-transport-ws` client over a real WebSocket (actix-http's
//! frame codec in client mode on a plain TCP stream), for the subscription
//! tests and the fan-out benchmark.
use actix_codec::Framed;
use actix_http::ws;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub struct WsClient {
    out: tokio::sync::mpsc::UnboundedSender<ws::Message>,
    inbox: tokio::sync::mpsc::UnboundedReceiver<Received>,
}

/// What the server sent: a protocol message, or the close frame.
#[derive(Debug)]
pub enum Received {
    Message(Value),
    Closed(Option<u16>, String),
}

/// Own the socket: answer pings at once (the server drops a client that
/// stays silent for 10 s), forward messages and the close to the inbox.
async fn pump(
    mut io: Framed<TcpStream, ws::Codec>,
    mut out: tokio::sync::mpsc::UnboundedReceiver<ws::Message>,
    inbox: tokio::sync::mpsc::UnboundedSender<Received>,
) {
    loop {
        tokio::select! {
            m = out.recv() => match m {
                Some(m) => { if io.send(m).await.is_err() { return; } }
                None => { let _ = io.send(ws::Message::Close(None)).await; return; }
            },
            frame = io.next() => match frame {
                None | Some(Err(_)) => { let _ = inbox.send(Received::Closed(None, String::new())); return; }
                Some(Ok(ws::Frame::Text(b))) => {
                    let v = serde_json::from_slice(&b).unwrap_or(Value::Null);
                    let _ = inbox.send(Received::Message(v));
                }
                Some(Ok(ws::Frame::Ping(p))) => { let _ = io.send(ws::Message::Pong(p)).await; }
                Some(Ok(ws::Frame::Close(reason))) => {
                    let _ = inbox.send(Received::Closed(
                        reason.as_ref().map(|r| u16::from(r.code)),
                        reason.and_then(|r| r.description).unwrap_or_default(),
                    ));
                    return;
                }
                Some(Ok(_)) => {}
            },
        }
    }
}

impl WsClient {
    /// Open a WebSocket on `base` (`http://host:port`) `/graphql`, offering
    /// `graphql-transport-ws`, optionally with a session cookie.
    pub async fn connect(base: &str, cookie: Option<&str>) -> WsClient {
        let host = base.trim_start_matches("http://");
        let mut tcp = TcpStream::connect(host).await.expect("tcp connect");
        let mut head = format!(
            "GET /graphql HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\
             Sec-WebSocket-Protocol: graphql-transport-ws\r\n"
        );
        if let Some(c) = cookie {
            head.push_str(&format!("Cookie: {c}\r\n"));
        }
        head.push_str("\r\n");
        tcp.write_all(head.as_bytes()).await.expect("handshake");
        let mut buf = Vec::new();
        let mut byte = [0u8; 1];
        while !buf.ends_with(b"\r\n\r\n") {
            let n = tcp.read(&mut byte).await.expect("handshake response");
            assert!(n == 1, "connection closed during the handshake");
            buf.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&buf);
        assert!(
            head.starts_with("HTTP/1.1 101"),
            "the upgrade is accepted: {head}"
        );
        assert!(
            head.to_ascii_lowercase()
                .contains("sec-websocket-protocol: graphql-transport-ws"),
            "{head}"
        );
        let io = Framed::new(tcp, ws::Codec::new().client_mode());
        let (out_tx, out_rx) = tokio::sync::mpsc::unbounded_channel();
        let (in_tx, in_rx) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(pump(io, out_rx, in_tx));
        WsClient {
            out: out_tx,
            inbox: in_rx,
        }
    }

    pub async fn send(&mut self, v: Value) {
        self.out
            .send(ws::Message::Text(v.to_string().into()))
            .expect("socket open");
    }

    /// The next protocol message or close; `None` if nothing came within `wait`.
    pub async fn recv(&mut self, wait: Duration) -> Option<Received> {
        match tokio::time::timeout(wait, self.inbox.recv()).await {
            Ok(Some(r)) => Some(r),
            Ok(None) => Some(Received::Closed(None, String::new())),
            Err(_) => None,
        }
    }

    /// The next protocol message (panics on close or silence).
    pub async fn message(&mut self, wait: Duration) -> Value {
        match self.recv(wait).await {
            Some(Received::Message(v)) => v,
            other => panic!("expected a message, got {other:?}"),
        }
    }

    /// `connection_init` with `payload`; the server's answer.
    pub async fn init(&mut self, payload: Value) -> Option<Received> {
        self.send(json!({ "type": "connection_init", "payload": payload }))
            .await;
        self.recv(Duration::from_secs(10)).await
    }

    /// Start subscription `id` with `query`.
    pub async fn subscribe(&mut self, id: &str, query: &str) {
        self.send(json!({ "id": id, "type": "subscribe", "payload": { "query": query } }))
            .await;
    }

    /// The next `next` payload of subscription `id`.
    pub async fn next_of(&mut self, id: &str, wait: Duration) -> Value {
        loop {
            let m = self.message(wait).await;
            if m["type"] == "ping" {
                self.send(json!({ "type": "pong" })).await;
                continue;
            }
            assert_eq!(m["id"], id, "{m}");
            return m;
        }
    }
}
