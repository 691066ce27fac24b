//! The `Host` rule that keeps DNS rebinding away from the preview.
//!
//! A web page on `evil.example` can re-point its own name at 127.0.0.1 and then, being
//! same-origin with itself, read whatever the preview answers. The browser still says
//! `Host: evil.example`, so serve answers only hosts that cannot be such a name:
//! `localhost` and IP literals that reach this server (any loopback address and the bound
//! one; any address at all when bound to `0.0.0.0` or `::`). The port is not compared:
//! rebinding is about names, and a forwarded port (a container's `-p 8080:1111`) is
//! legitimate.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The answer's text when the rule refuses a request.
pub const REFUSAL: &str = "federa serve answers only requests addressed to localhost, \
127.0.0.1, [::1] or the address given to --bind, so that other web sites cannot read the \
preview through a DNS name pointed at this machine (DNS rebinding).\nTo preview from \
another device, start `federa serve --bind 0.0.0.0` and open http://<this machine's IP \
address>:<port>/ there.\n";

/// Whether a request with `Host: host` may be answered by a server bound to `bound`.
pub fn allowed(host: &str, bound: IpAddr) -> bool {
    let Some(name) = without_port(host) else {
        return false;
    };
    if name.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match ip_literal(name) {
        Some(ip) => ip.is_loopback() || ip == bound || bound.is_unspecified(),
        None => false,
    }
}

/// `name` from `name` or `name:port`; `None` when the port is not a number.
fn without_port(host: &str) -> Option<&str> {
    let split = if host.starts_with('[') {
        host.find(']').map(|i| i + 1)
    } else {
        host.find(':')
    };
    let (name, port) = host.split_at(split.unwrap_or(host.len()));
    if port.is_empty() {
        return Some(name);
    }
    let digits = port.strip_prefix(':')?;
    let numeric = (1..=5).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    numeric.then_some(name)
}

/// An IPv4 literal or a bracketed IPv6 literal.
fn ip_literal(name: &str) -> Option<IpAddr> {
    if let Some(inner) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        return inner.parse::<Ipv6Addr>().ok().map(IpAddr::V6);
    }
    name.parse::<Ipv4Addr>().ok().map(IpAddr::V4)
}

#[cfg(test)]
mod tests {
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

    use super::allowed;

    const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

    #[test]
    fn loopback_names_with_or_without_port() {
        for host in [
            "localhost",
            "LocalHost:1111",
            "127.0.0.1",
            "127.0.0.1:1111",
            "[::1]",
            "[::1]:8080",
        ] {
            assert!(allowed(host, LOOPBACK), "{host}");
        }
    }

    #[test]
    fn other_names_and_bad_ports_are_refused() {
        for host in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.nip.io",
            "localhost.",
            "192.168.1.10:1111",
            "localhost:",
            "localhost:http",
            "localhost:1111:1",
            "[::1",
            "::1",
            "",
        ] {
            assert!(!allowed(host, LOOPBACK), "{host}");
        }
    }

    #[test]
    fn bound_address_and_unspecified_binds() {
        let lan = IpAddr::V4(Ipv4Addr::new(192, 168, 1, 10));
        assert!(allowed("192.168.1.10:1111", lan));
        assert!(allowed("localhost", lan));
        assert!(!allowed("192.168.1.11", lan));
        for any in [
            IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            IpAddr::V6(Ipv6Addr::UNSPECIFIED),
        ] {
            assert!(allowed("192.168.1.11:1111", any));
            assert!(allowed("[fe80::1]:1111", any));
            assert!(!allowed("evil.example", any), "names still refused");
        }
    }
}
