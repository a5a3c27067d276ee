#!/usr/bin/python3
"""vnetlab's network agent for lab.verify(): one process that opens sockets in the network namespaces the
realizer created and reports, one JSON line per request, what the real kernel did.

Requests (one JSON object per line on stdin), answers (one JSON object per line on stdout):
  {"op":"listen","ns":N,"proto":"tcp"|"udp","port":P}
      a server in namespace N on 0.0.0.0:P that answers every connection (datagram) with
      "seen <peer ip>:<peer port> at <local ip>:<local port> in N" and closes.
  {"op":"connect","ns":N,"proto":"tcp"|"udp","dst":IP,"port":P,"sport":S,"timeout":T}
      a client in N from source port S (0: any): answers {"result": "delivered"|"refused"|"timeout"|
      "unreachable"|"closed", "reply": the server's line, "local": ip:port, "remote": the reply's source}.
  {"op":"proxy","name":X,"listen_ns":N,"listen_ip":IP,"port":P,"connect_ns":M,"to_ip":IP|"original",
   "to_port":P|0,"bind_ip":IP|""}
      a user-space proxy (docker-proxy, VirtualBox's NAT engine, Docker Desktop's forwarder): accepts in N,
      opens a second connection from M to to_ip:to_port ("original": the destination the client used, read
      with SO_ORIGINAL_DST after a REDIRECT), and copies bytes both ways.
      Sent again with the same name, only the target changes (an ingress controller's choice for one request).
  {"op":"quit"}
Every request is answered ({"ok":true} or {"error":"..."}); the agent ends when stdin closes.
It only ever talks inside the namespaces it is told about (created by the realizer).
"""
import ctypes
import json
import os
import socket
import struct
import sys
import threading

CLONE_NEWNET = 0x40000000
SO_ORIGINAL_DST = 80
IP_TRANSPARENT = 19
libc = ctypes.CDLL(None, use_errno=True)
out_lock = threading.Lock()


def answer(obj):
    with out_lock:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()


def socket_in(ns, family, kind):
    """A socket created inside namespace ns (this thread enters it and comes back)."""
    home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    target = os.open("/run/netns/" + ns, os.O_RDONLY)
    try:
        if libc.setns(target, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), "setns " + ns)
        try:
            return socket.socket(family, kind)
        finally:
            libc.setns(home, CLONE_NEWNET)
    finally:
        os.close(target)
        os.close(home)


def endpoint(addr):
    return "%s:%d" % (addr[0], addr[1])


def serve_tcp(ns, server):
    while True:
        conn, peer = server.accept()
        try:
            line = "seen %s at %s in %s\n" % (endpoint(peer), endpoint(conn.getsockname()), ns)
            conn.sendall(line.encode())
        except OSError:
            pass
        finally:
            conn.close()


IP_PKTINFO = 8


def serve_udp(ns, server):
    server.setsockopt(socket.IPPROTO_IP, IP_PKTINFO, 1)
    port = server.getsockname()[1]
    while True:
        _, ancillary, _, peer = server.recvmsg(2048, socket.CMSG_SPACE(12))
        local = server.getsockname()[0]
        info = b""
        for level, kind, data in ancillary:
            if level == socket.IPPROTO_IP and kind == IP_PKTINFO:
                info = data[:12]
                local = socket.inet_ntoa(data[8:12])  # the header's destination address
        line = "seen %s at %s:%d in %s\n" % (endpoint(peer), local, port, ns)
        try:
            if info:
                reply = struct.pack("=i4s4s", 0, socket.inet_aton(local), b"\0\0\0\0")
                server.sendmsg([line.encode()], [(socket.IPPROTO_IP, IP_PKTINFO, reply)], 0, peer)
            else:
                server.sendto(line.encode(), peer)
        except OSError:
            pass


def listen(req):
    udp = req["proto"] == "udp"
    s = socket_in(req["ns"], socket.AF_INET, socket.SOCK_DGRAM if udp else socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # beside a proxy on one address of the same port: the proxy's exact address wins its connections
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind((req.get("ip", "0.0.0.0"), req["port"]))
    if udp:
        threading.Thread(target=serve_udp, args=(req["ns"], s), daemon=True).start()
    else:
        s.listen(64)
        threading.Thread(target=serve_tcp, args=(req["ns"], s), daemon=True).start()
    return {"ok": True}


def connect(req):
    udp = req["proto"] == "udp"
    timeout = float(req.get("timeout", 1.0))
    s = socket_in(req["ns"], socket.AF_INET, socket.SOCK_DGRAM if udp else socket.SOCK_STREAM)
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if req.get("sport"):
            s.bind(("0.0.0.0", req["sport"]))
        s.settimeout(timeout)
        dst = (req["dst"], req["port"])
        if udp:
            s.sendto(b"hello\n", dst)
            data, source = s.recvfrom(2048)
            return {"result": "delivered", "reply": data.decode().strip(), "local": endpoint(s.getsockname()),
                    "remote": endpoint(source)}
        s.connect(dst)
        local = endpoint(s.getsockname())
        remote = endpoint(s.getpeername())
        data = b""
        while True:
            chunk = s.recv(2048)
            if not chunk:
                break
            data += chunk
        if not data:
            return {"result": "closed", "local": local, "remote": remote}
        return {"result": "delivered", "reply": data.decode().strip(), "local": local, "remote": remote}
    except ConnectionRefusedError:
        return {"result": "refused"}
    except (socket.timeout, TimeoutError):
        return {"result": "timeout"}
    except OSError as e:
        if e.errno in (101, 113):  # ENETUNREACH, EHOSTUNREACH
            return {"result": "unreachable", "detail": os.strerror(e.errno)}
        if e.errno == 104:  # ECONNRESET: a proxy accepted, then could not reach its target
            return {"result": "closed"}
        return {"result": "error", "detail": str(e)}
    finally:
        s.close()


def pump(src, dst):
    try:
        while True:
            data = src.recv(4096)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


proxies = {}


def relay(name, conn):
    req = proxies[name]  # the proxy's configuration when the connection arrives
    try:
        if req["to_ip"] == "original":
            raw = conn.getsockopt(socket.SOL_IP, SO_ORIGINAL_DST, 16)
            port, packed = struct.unpack("!2xH4s8x", raw)
            target = (socket.inet_ntoa(packed), port)
        else:
            target = (req["to_ip"], req["to_port"])
        out = socket_in(req["connect_ns"], socket.AF_INET, socket.SOCK_STREAM)
        out.settimeout(1.0)
        out.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        peer = conn.getpeername()
        if req.get("keep_client") and not peer[0].startswith("127."):
            # VirtualBox's NAT engine (slirp) keeps a remote client's address towards the guest; from the host's
            # own loopback the guest sees the engine's address instead
            out.setsockopt(socket.SOL_IP, IP_TRANSPARENT, 1)
            out.bind(peer)
        else:
            try:  # the second connection keeps the first one's source port, so conntrack entries can be chained
                out.bind((req.get("bind_ip") or "0.0.0.0", peer[1]))
            except OSError:
                pass
        out.connect(target)
        out.settimeout(None)
    except OSError:
        conn.close()
        return
    threading.Thread(target=pump, args=(out, conn), daemon=True).start()
    pump(conn, out)


def serve_proxy(name, server):
    while True:
        conn, _ = server.accept()
        threading.Thread(target=relay, args=(name, conn), daemon=True).start()


def proxy(req):
    if req["name"] in proxies:  # a proxy already listening: only its target changes
        proxies[req["name"]] = req
        return {"ok": True}
    proxies[req["name"]] = req
    s = socket_in(req["listen_ns"], socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind((req.get("listen_ip", "0.0.0.0"), req["port"]))
    s.listen(64)
    threading.Thread(target=serve_proxy, args=(req["name"], s), daemon=True).start()
    return {"ok": True}


def main():
    ops = {"listen": listen, "connect": connect, "proxy": proxy}
    answer({"ok": True, "pid": os.getpid()})
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        if req.get("op") == "quit":
            break
        try:
            answer(ops[req["op"]](req))
        except Exception as e:  # answer every request, so the caller never waits for nothing
            answer({"error": "%s: %s" % (type(e).__name__, e)})


if __name__ == "__main__":
    main()
