#!/usr/bin/env python3
"""server.py DOCROOT PORTFILE LOG: a small HTTP server for the fetch tests.

Listens on 127.0.0.1 only, on a port the system picks, written to
PORTFILE once it listens.  Serves the fixtures in DOCROOT with "@BASE@"
replaced by its own address, and a few routes that misbehave on purpose.
Every request is appended to LOG as "METHOD PATH STATUS", and its
User-Agent to LOG.ua.  Stops on
SIGTERM.  Routes:

  /FILE                  a fixture; feeds carry an ETag and Last-Modified
                         and answer 304 to a matching conditional request
  /cp1251/FILE           FILE (UTF-8) sent as windows-1251, said in the
                         Content-Type header
  /koi8r/FILE            FILE sent as KOI8-R, said only by its own <meta>
  /gzip/FILE             FILE gzip-compressed
  /redirect/N/FILE       N redirects, then FILE
  /loop                  redirects to itself forever
  /to-file               redirects to a file: URL
  /status/N              answers HTTP status N
  /slow/SECONDS/FILE     waits, then FILE
  /big                   11 MB of HTML
  /item/N                a generated article page (for the many-items feed);
                         the most served at once goes to LOG.peak
  /many.xml              a feed of 12 items, each a slow /item/N page
"""
import gzip
import zlib
import http.server
import os
import signal
import socketserver
import sys
import threading
import time
from email.utils import formatdate

ROOT, PORTFILE, LOG = sys.argv[1], sys.argv[2], sys.argv[3]
STAMP = formatdate(1700000000, usegmt=True)
LOCK = threading.Lock()
ACTIVE = PEAK = 0


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def log(self, status):
        with open(LOG, "a") as f:
            f.write("%s %s %d\n" % (self.command, self.path, status))
        with open(LOG + ".ua", "a") as f:
            f.write("%s\n" % self.headers.get("User-Agent", ""))

    def send(self, status, body=b"", ctype="text/html; charset=utf-8",
             headers=()):
        self.log(status)
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and status != 304:
            self.wfile.write(body)

    def fixture(self, name):
        path = os.path.join(ROOT, os.path.basename(name))
        if not os.path.isfile(path):
            return None
        base = "http://127.0.0.1:%d" % self.server.server_port
        return open(path, "rb").read().replace(b"@BASE@", base.encode())

    def redirect(self, where):
        self.send(302, b"", headers=[("Location", where)])

    def serve_file(self, name, **kw):
        body = self.fixture(name)
        if body is None:
            return self.send(404, b"not found")
        if name.endswith(".xml"):
            etag = '"%x"' % zlib.crc32(body)
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, headers=[("ETag", etag)])
            return self.send(200, body, "application/xml",
                             [("ETag", etag), ("Last-Modified", STAMP)])
        self.send(200, body, **kw)

    def item(self, n):
        global ACTIVE, PEAK
        with LOCK:
            ACTIVE += 1
            PEAK = max(PEAK, ACTIVE)
            with open(LOG + ".peak", "w") as f:
                f.write("%d\n" % PEAK)
        time.sleep(0.25)
        with LOCK:
            ACTIVE -= 1
        words = " ".join("word%d" % i for i in range(60))
        body = ("<html lang=en><head><title>Item number %d of the many"
                "</title></head><body><article><h1>Item number %d</h1>"
                "<p>This is the generated article number %d, written for "
                "the test that kills a fetch.  %s.</p><p>A second "
                "paragraph, so that the text is long enough, with commas, "
                "clauses, and more words.</p></article></body></html>"
                % (n, n, n, words)).encode()
        self.send(200, body)

    def many(self):
        base = "http://127.0.0.1:%d" % self.server.server_port
        items = "".join("<item><title>Item number %d</title><link>%s/item/%d"
                        "</link><guid>many-%d</guid><pubDate>Mon, 01 Dec "
                        "2025 10:00:00 GMT</pubDate></item>" % (n, base, n, n)
                        for n in range(1, 13))
        body = ("<?xml version='1.0'?><rss version='2.0'><channel><title>"
                "Many</title>%s</channel></rss>" % items).encode()
        self.send(200, body, "application/rss+xml")

    def do_GET(self):
        p = self.path.split("?")[0]
        parts = p.strip("/").split("/")
        if parts[0] == "cp1251":
            body = self.fixture(parts[1]).decode().encode("cp1251")
            return self.send(200, body, "text/html; charset=windows-1251")
        if parts[0] == "koi8r":
            body = self.fixture(parts[1]).decode().encode("koi8_r")
            return self.send(200, body, "text/html")
        if parts[0] == "gzip":
            body = gzip.compress(self.fixture(parts[1]))
            return self.send(200, body, headers=[("Content-Encoding",
                                                  "gzip")])
        if parts[0] == "redirect":
            n = int(parts[1])
            if n == 0:
                return self.redirect("/" + parts[2])
            return self.redirect("/redirect/%d/%s" % (n - 1, parts[2]))
        if parts[0] == "loop":
            return self.redirect("/loop")
        if parts[0] == "to-file":
            return self.redirect("file:///etc/passwd")
        if parts[0] == "status":
            return self.send(int(parts[1]), b"status page")
        if parts[0] == "slow":
            time.sleep(float(parts[1]))
            return self.serve_file(parts[2])
        if parts[0] == "big":
            return self.send(200, b"<html><body>" + b"<p>x</p>" * 1400000)
        if parts[0] == "item":
            return self.item(int(parts[1]))
        if parts[0] == "many.xml":
            return self.many()
        return self.serve_file(parts[-1])


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    srv = Server(("127.0.0.1", 0), Handler)
    signal.signal(signal.SIGTERM, lambda *a: os._exit(0))
    tmp = PORTFILE + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % srv.server_port)
    os.rename(tmp, PORTFILE)
    srv.serve_forever()


main()
