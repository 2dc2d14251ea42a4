#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests of the virtual Belgian eID card behind the real pcscd.

Usage: vcard_e2e.py --bin-dir DIR --cli PATH --images DIR [--shared DIR] SCENARIO
Scenarios are registered one per ctest in CMakeLists.txt; `generate` builds the card images
(a FIXTURES_SETUP). Exit 77 = skipped. See docs/virtual-card.md.
"""
import argparse
import hashlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from card_images import (ADDRESS_FIELDS, CARDS, NUMBER_FIELDS, TEXT_FIELDS, alice_image,
                         generate)

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "..", "..", "sandbox", "card", "pcscd-fixture.sh")


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Env:
    def __init__(self, args):
        self.bin = args.bin_dir
        self.cli = args.cli
        self.images = args.images
        self.shared = args.shared
        self.tmp = tempfile.mkdtemp(prefix="vcard-e2e-")
        self.port = self.reader = self.owner = None

    def tool(self, name):
        return os.path.join(self.bin, name)

    def fixture_status(self):
        out = subprocess.run([FIXTURE, "status"], capture_output=True, text=True)
        status = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
        check(out.returncode == 0, "pcscd fixture not running (card_pcscd_start failed?)")
        self.port, self.reader, self.owner = status["port"], status["reader"], status["owner"]

    def image(self, name):
        return os.path.join(self.images, name)

    def probe(self, *args, timeout=15):
        return subprocess.run([self.tool("eguichet-pcsc-probe"), *args], capture_output=True,
                              text=True, timeout=timeout)

    def wait_card(self, present, ms=8000):
        r = self.probe("wait", self.reader, "present" if present else "absent", str(ms))
        check(r.returncode == 0, f"card never became {'present' if present else 'absent'}")

    def run_cli(self, *args, timeout=60):
        return subprocess.run([self.cli, *args], capture_output=True, text=True, timeout=timeout)


class Card:
    """An eguichet-vcard process serving one image; waits until pcscd sees the card."""

    def __init__(self, env, image, *extra, wait=True):
        self.env = env
        # vpcd serves one card per slot: a leftover card would be read instead of this one.
        r = env.probe("wait", env.reader, "absent", "3000")
        check(r.returncode == 0, "the vpcd slot already holds a card (another eguichet-vcard?)")
        self.pid_file = os.path.join(env.tmp, "vcard.pid")
        self.log = open(os.path.join(env.tmp, "vcard.log"), "a")
        self.proc = subprocess.Popen(
            [env.tool("eguichet-vcard"), "--image", image, "--port", env.port,
             "--pid-file", self.pid_file, *extra], stdout=self.log, stderr=self.log)
        if wait:
            try:
                env.wait_card(True)
            except Failure:
                self.proc.kill()
                self.log.close()
                raise

    def signal(self, number):
        self.proc.send_signal(number)

    def stop(self):
        """Quits the emulator; returns its exit status (0 unless it crashed or a sanitizer
        complained)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        self.env.wait_card(False)
        return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        status = self.stop()
        if kind is None:
            check(status == 0, f"eguichet-vcard exited with status {status}")


def dump(env, name, root=None, extra=()):
    root = root or os.path.join(env.image(name), "trust-root.pem")
    return env.run_cli("dump", "--json", "--reader", env.reader, "--trust-root", root, *extra)


def parse_json(result):
    try:
        return json.loads(result.stdout)
    except ValueError:
        raise Failure(f"no JSON (exit {result.returncode}): {result.stdout!r} {result.stderr!r}")


def compare_identity(env, name, report):
    spec = CARDS[name]
    identity, address = report["identity"], report["address"]
    for option, field in TEXT_FIELDS.items():
        if option in spec:
            check(identity.get(field) == spec[option],
                  f"{field}: card says {identity.get(field)!r}, generator was given {spec[option]!r}")
    for option, field in NUMBER_FIELDS.items():
        if option in spec:
            check(identity.get(field) == int(spec[option]), f"{field}: {identity.get(field)!r}")
    check(identity.get("member_of_family") == bool(spec.get("member-of-family")),
          "member_of_family")
    for option, field in ADDRESS_FIELDS.items():
        if option in spec:
            check(address.get(field) == spec[option], f"address {field}: {address.get(field)!r}")
    card = json.load(open(os.path.join(env.image(name), "card.json")))
    check(identity["chip_number"].upper() == card["card_data"][:32].upper(), "chip_number")
    check(report["applet"] == spec["applet"], f"applet {report['applet']}")
    check(report["atr"].upper() == card["atr"].upper(), "atr")
    photo = open(os.path.join(env.image(name), "files", "3F00DF014035.bin"), "rb").read()
    check(report["photo"]["bytes"] == len(photo), "photo bytes")
    check(report["photo"]["sha256"].lower() == hashlib.sha256(photo).hexdigest(), "photo sha256")
    check(report["reader"] == env.reader, "reader")


def expect_verdicts(report, **wanted):
    verification = report["verification"]
    for key, value in wanted.items():
        check(verification.get(key) == value,
              f"verification.{key} is {verification.get(key)!r}, expected {value!r}")


def scenario_read(env, name):
    photo_out = os.path.join(env.tmp, "photo.jpg")
    with Card(env, env.image(name)):
        r = dump(env, name, extra=("--photo-out", photo_out))
        report = parse_json(r)
        check(r.returncode == 0, f"exit {r.returncode}: {r.stderr}")
        expect_verdicts(report, identity_signature="valid", address_signature="valid",
                        photo_hash="valid", rrn_certificate="trusted", overall="verified")
        compare_identity(env, name, report)
        stats = report["stats"]
        check(stats["apdus"] > 5 and stats["bytes_read"] > 1000, f"stats {stats}")
        photo = open(os.path.join(env.image(name), "files", "3F00DF014035.bin"), "rb").read()
        check(open(photo_out, "rb").read() == photo, "--photo-out differs from the card's photo")
        # Issue 17: read only what the procedure needs. --no-photo leaves EF 4035 on the card:
        # no "photo" member, the photo check "not_read", still verified, fewer APDUs.
        r = dump(env, name, extra=("--no-photo",))
        check(r.returncode == 0, f"--no-photo: exit {r.returncode}: {r.stderr}")
        lean = parse_json(r)
        check("photo" not in lean, f"--no-photo still has a photo: {lean.get('photo')}")
        expect_verdicts(lean, photo_hash="not_read", identity_signature="valid",
                        address_signature="valid", rrn_certificate="trusted", overall="verified")
        check(lean["stats"]["apdus"] < stats["apdus"],
              f"--no-photo: {lean['stats']['apdus']} APDUs, full read {stats['apdus']}")
        text = env.run_cli("dump", "--reader", env.reader, "--no-photo", "--trust-root",
                           os.path.join(env.image(name), "trust-root.pem"))
        check(text.returncode == 0 and "not read" in text.stdout,
              f"--no-photo text: exit {text.returncode}: {text.stdout!r}")
        r = dump(env, name, extra=("--no-photo", "--photo-out", photo_out))
        check(r.returncode == 3 and "exclude" in r.stderr,
              f"--no-photo --photo-out: exit {r.returncode}: {r.stderr!r}")
        if CARDS[name]["applet"] == "1.8":
            # The basic key answers INTERNAL AUTHENTICATE through pcscd like a real chip.
            r = dump(env, name, extra=("--internal-authenticate",))
            check(r.returncode == 0, f"--internal-authenticate: exit {r.returncode}: {r.stderr}")
            expect_verdicts(parse_json(r), card_authentication="valid")


FAULTS = {
    "tampered-identity17": dict(identity_signature="invalid", address_signature="valid"),
    "tampered-address18": dict(identity_signature="valid", address_signature="invalid"),
    "wrong-photo17": dict(identity_signature="valid", photo_hash="invalid"),
    "expired-rrn18": dict(identity_signature="valid", rrn_certificate="expired"),
    "untrusted18": dict(identity_signature="valid", address_signature="valid",
                        rrn_certificate="untrusted"),
}


def scenario_fault(env, name):
    root = None
    if name == "untrusted18":  # the root of the regular 1.8 PKI, not of this card's
        root = os.path.join(env.image("good18"), "trust-root.pem")
    with Card(env, env.image(name)):
        r = dump(env, name, root)
        report = parse_json(r)
        check(r.returncode == 1, f"exit {r.returncode}, expected 1: {r.stderr}")
        expect_verdicts(report, overall="failed", **FAULTS[name])


def no_identity_output(result):
    check('"identity"' not in result.stdout, f"partial JSON on stdout: {result.stdout[:200]!r}")
    check(result.stderr.strip() != "", "no message on stderr")


def scenario_no_card(env):
    env.wait_card(False)
    r = dump(env, "good18")
    check(r.returncode == 2, f"exit {r.returncode}, expected 2: {r.stderr}")
    no_identity_output(r)


def scenario_mute(env):
    with Card(env, env.image("good18"), "--mute", wait=False):
        time.sleep(1.5)  # a few pcscd presence polls
        r = dump(env, "good18")
        check(r.returncode in (2, 3), f"exit {r.returncode}, expected 2 or 3: {r.stderr}")
        no_identity_output(r)


def scenario_pulled(env):
    for apdus in (3, 12):
        with Card(env, env.image("good17"), "--pull-after-apdus", str(apdus)):
            r = dump(env, "good17")
            check(r.returncode in (2, 3), f"pulled after {apdus}: exit {r.returncode}")
            no_identity_output(r)


def scenario_latency(env):
    with Card(env, env.image("good18"), "--latency-ms", "15"):
        r = dump(env, "good18")
        report = parse_json(r)
        check(r.returncode == 0, f"exit {r.returncode}: {r.stderr}")
        stats = report["stats"]
        check(stats["ms"] >= 15 * stats["apdus"] * 0.9, f"latency not applied: {stats}")


def scenario_signals(env):
    card = Card(env, env.image("good18"), "--pulled", wait=False)
    try:
        time.sleep(0.5)
        env.wait_card(False)
        for _ in range(2):
            card.signal(signal.SIGUSR1)
            env.wait_card(True)
            card.signal(signal.SIGUSR2)
            env.wait_card(False)
        script = os.path.join(HERE, "..", "..", "..", "sandbox", "card", "vcard-ctl.sh")
        for action, present in (("insert", True), ("pull", False)):
            r = subprocess.run([script, action, card.pid_file], capture_output=True, text=True)
            check(r.returncode == 0, f"vcard-ctl.sh {action}: {r.stderr}")
            env.wait_card(present)
    finally:
        status = card.stop()
    check(status == 0, f"eguichet-vcard exited with status {status}")


def scenario_t0(env):
    card_json = json.load(open(os.path.join(env.image("good18"), "card.json")))
    with Card(env, env.image("good18")):
        r = env.probe("apdu", env.reader, "80E4000000", "80E400001C", "00A4080C063F00DF014033",
                      "00B0007500", "00B0000075", "00B0007500", "002241B6050480028482",
                      "0020000108" + "26987654FFFFFFFF", "002A9E9A30" + "11" * 48, "00C0000060")
        check(r.returncode == 0, r.stderr)
        lines = r.stdout.split()
        check(lines[0] == "6C1C", f"GET CARD DATA Le=00: {lines[0]}")
        check(lines[1] == card_json["card_data"].upper() + "9000", "GET CARD DATA")
        check(lines[3] == "6B00" and len(lines[4]) == 2 * 117 + 4, "READ BINARY 6B00 / 117 bytes")
        check(lines[6] == "9000" and lines[7] == "9000", f"MSE/VERIFY: {lines[6:8]}")
        check(lines[8] == "6160" and len(lines[9]) == 2 * 96 + 4, f"PSO: {lines[8]}")


def scenario_sign(env):
    challenge = hashlib.sha384(b"e-Guichet login").hexdigest()
    args = ("sign", "--json", "--reader", env.reader, "--challenge", challenge, "--pin-stdin")
    with Card(env, env.image("good18")):
        for attempt in (1, 2):
            r = subprocess.run([env.cli, *args], input="1111\n", capture_output=True, text=True)
            check(r.returncode == 4, f"wrong PIN {attempt}: exit {r.returncode} {r.stderr}")
        r = subprocess.run([env.cli, *args], input="987654\n", capture_output=True, text=True)
        check(r.returncode == 0, f"right PIN: exit {r.returncode} {r.stderr}")
        signed = parse_json(r)
        check(len(signed["signature"]) in (192, 2 * 104) or signed["signature"].startswith("30"),
              f"signature {signed['signature'][:20]}")
        for attempt in (1, 2, 3):
            r = subprocess.run([env.cli, *args], input="2222\n", capture_output=True, text=True)
            check(r.returncode in (4, 5), f"wrong PIN {attempt}: exit {r.returncode} {r.stderr}")
        r = subprocess.run([env.cli, *args], input="987654\n", capture_output=True, text=True)
        check(r.returncode == 5, f"still blocked with the right PIN: exit {r.returncode}")


def probe_answers(env, *apdus):
    r = env.probe("apdu", env.reader, *apdus)
    check(r.returncode == 0, f"probe: {r.stderr}")
    return r.stdout.split()


def scenario_reset(env):
    """Kiosk end of session: `eguichet-eid reset` makes the card forget a verified PIN."""
    mse = "002241B6050480028482"  # authentication key 82, ECDSA SHA-384 (1.8)
    verify = "0020000108" + "26987654FFFFFFFF"
    pso = "002A9E9A30" + "22" * 48
    with Card(env, env.image("good18")):
        # Control: without a reset, a PIN verified over one connection still counts on the
        # next one (the probe leaves the card as it is), so the check below can fail.
        check(probe_answers(env, mse, verify) == ["9000", "9000"], "MSE/VERIFY")
        answers = probe_answers(env, mse, pso)
        check(answers[1].startswith("61"), f"PSO after VERIFY, no reset: {answers}")
        check(probe_answers(env, mse, verify) == ["9000", "9000"], "MSE/VERIFY again")
        r = env.run_cli("reset", "--reader", env.reader)
        check(r.returncode == 0, f"reset: exit {r.returncode} {r.stderr}")
        answers = probe_answers(env, mse, pso)
        check(answers == ["9000", "6982"], f"PSO after reset must want the PIN: {answers}")
        # Without a reader name every card is reset; the card is still there and usable.
        r = env.run_cli("reset")
        check(r.returncode == 0, f"reset (all readers): exit {r.returncode} {r.stderr}")
        check(probe_answers(env, mse, verify) == ["9000", "9000"], "card usable after reset")
    r = env.run_cli("reset", "--reader", env.reader)
    check(r.returncode == 0, f"reset with no card: exit {r.returncode} {r.stderr}")


def scenario_pinpad(env):
    """vpcd is no PIN pad: `pinpad` says so and `sign` then wants --pin-stdin."""
    with Card(env, env.image("good18")):
        r = env.run_cli("pinpad", "--json", "--reader", env.reader)
        check(r.returncode == 0, f"pinpad: exit {r.returncode} {r.stderr}")
        report = parse_json(r)
        check(report["pin_pad"] is False and report["reason"], f"pinpad: {report}")
        r = env.run_cli("sign", "--reader", env.reader, "--challenge", "0102")
        check(r.returncode == 3 and "--pin-stdin" in r.stderr, f"sign without PIN: {r.stderr}")
        check(r.stdout == "", "no signature without a PIN")
        # No try was spent: the empty VERIFY still reports 3 left.
        r = env.probe("apdu", env.reader, "00200001")
        check(r.stdout.split() == ["63C3"], f"tries: {r.stdout}")


def scenario_watch_restart(env):
    if env.owner != "ours":
        print("skipped: the pcscd in use was not started by pcscd-fixture.sh", file=sys.stderr)
        return SKIP
    with Card(env, env.image("good18")):
        watch = subprocess.Popen([env.cli, "watch", "--json"], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        lines = queue.Queue()
        threading.Thread(target=lambda: [lines.put(l) for l in watch.stdout], daemon=True).start()
        events = []

        def wait_event(kind, seconds):
            deadline = time.time() + seconds
            while time.time() < deadline:
                try:
                    event = json.loads(lines.get(timeout=max(0.1, deadline - time.time())))
                except queue.Empty:
                    break
                events.append(event["event"])
                if event["event"] == kind and event.get("reader", env.reader) == env.reader:
                    return
            raise Failure(f"no {kind} event within {seconds} s; got {events}")
        try:
            wait_event("card-inserted", 10)
            r = subprocess.run([FIXTURE, "restart"], capture_output=True, text=True, timeout=60)
            check(r.returncode == 0, f"fixture restart: {r.stderr}")
            wait_event("card-inserted", 25)
            check(watch.poll() is None, "the watcher exited")
        finally:
            watch.terminate()
            watch.wait(5)


def scenario_alice(env):
    made = alice_image(env) if env.shared else None
    if not made:
        print("skipped: ../shared/testdata/commons-eid is absent", file=sys.stderr)
        return SKIP
    image, root = made
    with Card(env, image):
        r = env.run_cli("dump", "--json", "--reader", env.reader, "--trust-root", root)
        report = parse_json(r)
        check(r.returncode == 0, f"exit {r.returncode}: {r.stderr} {report.get('verification')}")
        expect_verdicts(report, identity_signature="valid", address_signature="valid",
                        photo_hash="valid", rrn_certificate="trusted", overall="verified")
        check(report["identity"]["surname"] == "SPECIMEN", "surname")
        check(report["identity"]["national_number"] == "71715100070", "national number")
        check(report["address"]["zip"] == "2000", "zip")


SCENARIOS = {
    "generate": generate, "no-card": scenario_no_card, "mute": scenario_mute,
    "pulled": scenario_pulled, "latency": scenario_latency, "signals": scenario_signals,
    "t0": scenario_t0, "sign": scenario_sign, "watch-restart": scenario_watch_restart,
    "alice": scenario_alice, "reset": scenario_reset, "pinpad": scenario_pinpad,
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin-dir", required=True)
    parser.add_argument("--cli", default="")
    parser.add_argument("--images", required=True)
    parser.add_argument("--shared", default="")
    parser.add_argument("scenario")
    args = parser.parse_args()
    env = Env(args)
    try:
        if args.scenario != "generate":
            env.fixture_status()
        if args.scenario.startswith("read:"):
            status = scenario_read(env, args.scenario[5:])
        elif args.scenario.startswith("fault:"):
            status = scenario_fault(env, args.scenario[6:])
        else:
            status = SCENARIOS[args.scenario](env) if args.scenario in SCENARIOS else None
            if args.scenario not in SCENARIOS:
                raise Failure(f"unknown scenario {args.scenario}")
        return status or 0
    except (Failure, RuntimeError, subprocess.TimeoutExpired, KeyError) as error:
        print(f"FAIL {args.scenario}: {error}", file=sys.stderr)
        log = os.path.join(env.tmp, "vcard.log")
        if os.path.exists(log):
            sys.stderr.write(open(log).read()[-2000:])
        return 1
    finally:
        shutil.rmtree(env.tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
