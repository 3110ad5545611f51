"""A real SMTP server on the loopback interface (aiosmtpd) that keeps what it receives, and can be told to
refuse: for a while (421), or an address for good (550)."""
from __future__ import annotations

import asyncio
import socket
import threading
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    def __init__(self):
        self.messages: list[EmailMessage] = []
        self.unavailable = 0  # the next N messages are answered 421 at DATA
        self.rejected: set[str] = set()  # addresses refused for good (550 at RCPT)
        self.hold = threading.Event()  # set: DATA waits until released (a run to kill mid-send)
        self.release = threading.Event()
        self.holding = threading.Event()  # set once a message is held in flight
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rejected:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.unavailable:
                self.unavailable -= 1
                return "421 4.3.2 Service not available, try again later"
        while self.hold.is_set() and not self.release.is_set():
            self.holding.set()
            await asyncio.sleep(0.05)
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 2.0.0 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [m for m in self.messages if m["To"] == address]


class Server:
    def __init__(self):
        self.handler = Handler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> "Server":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.handler.release.set()
        self.controller.stop()
