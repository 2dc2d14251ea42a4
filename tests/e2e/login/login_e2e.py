#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end eID login: the virtual card behind the real pcscd, `eguichet-eid sign` and the
sandbox city's /v1/auth/eid/challenge and /verify over TLS on loopback (docs/eid-login.md).

Usage: login_e2e.py --bin-dir DIR --cli PATH --sandbox PATH --images DIR SCENARIO
The card images come from the card_images fixture of tests/e2e/card; pcscd from card_pcscd.
"""
import argparse
import base64
import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "card"))
from card_images import CARDS  # noqa: E402  (what each virtual card was generated with)
FIXTURE = os.path.join(HERE, "..", "..", "..", "sandbox", "card", "pcscd-fixture.sh")
PINS = {"good17": "1234", "good18": "987654", "untrusted18": "1234"}
ALGORITHMS = {"RSA-SHA256": "SHA256withRSA", "ECDSA-SHA384": "SHA384withECDSA"}


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def der_object(data):
    """The DER object at the start of a zero-padded certificate file."""
    check(data[0] == 0x30, "not a DER SEQUENCE")
    if data[1] < 0x80:
        return data[:2 + data[1]]
    n = data[1] & 0x7F
    return data[:2 + n + int.from_bytes(data[2:2 + n], "big")]


class Env:
    def __init__(self, args):
        self.bin, self.cli, self.sandbox_bin, self.images = (
            args.bin_dir, args.cli, args.sandbox, args.images)
        self.tmp = tempfile.mkdtemp(prefix="login-e2e-")
        out = subprocess.run([FIXTURE, "status"], capture_output=True, text=True)
        check(out.returncode == 0, "pcscd fixture not running (card_pcscd_start failed?)")
        status = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
        self.port, self.reader = status["port"], status["reader"]
        self.procs = []

    def image(self, name):
        return name if os.path.isabs(name) else os.path.join(self.images, name)

    def cardgen(self, out, *args):
        """A card of its own, made during the test (eguichet-cardgen, PIN 1234)."""
        r = subprocess.run([os.path.join(self.bin, "eguichet-cardgen"), "--out", out, *args],
                           capture_output=True, text=True, timeout=60)
        check(r.returncode == 0, f"eguichet-cardgen {args}: {r.stderr}")
        return out

    def probe(self, *args):
        return subprocess.run([os.path.join(self.bin, "eguichet-pcsc-probe"), *args],
                              capture_output=True, text=True, timeout=15)

    def wait_card(self, present):
        r = self.probe("wait", self.reader, "present" if present else "absent", "8000")
        check(r.returncode == 0, f"card never became {'present' if present else 'absent'}")

    def insert(self, name, *extra):
        """Starts eguichet-vcard with an image; returns the process."""
        self.wait_card(False)  # vpcd serves one card: a leftover one would be used instead
        log = open(os.path.join(self.tmp, "vcard.log"), "a")
        proc = subprocess.Popen([os.path.join(self.bin, "eguichet-vcard"), "--image",
                                 self.image(name), "--port", self.port, *extra],
                                stdout=log, stderr=log)
        self.procs.append(proc)
        self.wait_card(True)
        return proc

    def start_city(self, *extra, roots_of=("good17", "good18")):
        """The real sandbox on 127.0.0.1:0 trusting the virtual cards' test roots."""
        state = os.path.join(self.tmp, "city")
        roots = []
        for name in roots_of:
            roots += ["--eid-trust-root", os.path.join(self.image(name), "trust-root.pem")]
        proc = subprocess.Popen([self.sandbox_bin, "--listen", "127.0.0.1:0", "--state-dir", state,
                                 "--no-demo-data", *roots, *extra],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.procs.append(proc)
        line = proc.stdout.readline()
        check(line.startswith("eguichet-sandbox: serving "), f"sandbox did not start: {line!r}")
        self.api = line.split()[-1]
        self.tls = ssl.create_default_context(cafile=os.path.join(state, "tls", "ca.pem"))

    def call(self, method, path, body=None, token=None):
        """Returns (HTTP status, parsed JSON body)."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.api + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(request, context=self.tls, timeout=15) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")

    def challenge(self):
        status, body = self.call("POST", "/auth/eid/challenge")
        check(status == 200, f"challenge: {status} {body}")
        return body["data"]

    def origin(self):
        check(self.api.endswith("/v1"), f"API URL {self.api}")
        return self.api[:-len("/v1")]

    def login_message(self, challenge, origin=None):
        """What the card signs (docs/eid-login.md): domain || API origin || id || nonce."""
        nonce = base64.b64decode(challenge["nonce_b64"])
        check(len(nonce) == 32, "32-byte nonce")
        return (b"eguichet-eid-login-v1" + (origin or self.origin()).encode()
                + challenge["challenge_id"].encode() + nonce)

    def sign_json(self, data, image):
        code, out, err = self.sign(data, PINS.get(image, "1234"))
        check(code == 0, f"sign: exit {code} {err}")
        return json.loads(out)

    def sign(self, data, pin, card=None):
        """eguichet-eid sign --json with the PIN on stdin: (exit, stdout, stderr)."""
        r = subprocess.run([self.cli, "sign", "--json", "--reader", self.reader, "--challenge",
                            data.hex(), "--pin-stdin"], input=pin + "\n", capture_output=True,
                           text=True, timeout=60)
        return r.returncode, r.stdout, r.stderr

    def card_file(self, image, path):
        return open(os.path.join(self.image(image), "files", path + ".bin"), "rb").read()

    def verify_body(self, challenge, signed, image, with_files=True):
        # The CLI's CA must be the card's EF 503A as the generator wrote it (padding cut).
        ca = self.card_file(image, "3F00DF00503A")
        check(bytes.fromhex(signed["ca_certificate"]) == der_object(ca), "CA certificate")
        b64 = lambda data: base64.b64encode(data).decode()
        body = {"challenge_id": challenge["challenge_id"],
                "algorithm": ALGORITHMS[signed["algorithm"]],
                "signature_b64": b64(bytes.fromhex(signed["signature"])),
                "auth_cert_der_b64": b64(bytes.fromhex(signed["certificate"])),
                "chain_der_b64": [b64(bytes.fromhex(signed["ca_certificate"]))],
                # The citizen agreed (the app's consent screen): the city creates nothing
                # without it, and a missing account_consent counts as no.
                "account_consent": True}
        if with_files:
            # The RRN-signed files as the app sends them (CardService::signedFiles): whole
            # identity and address files; the RRN certificate and, on 1.8, the zero-padded
            # address signature cut at their DER length.
            ec = signed["algorithm"].startswith("ECDSA")
            address_sig = self.card_file(image, "3F00DF014034")
            body.update({
                "identity_file_b64": b64(self.card_file(image, "3F00DF014031")),
                "identity_sig_b64": b64(self.card_file(image, "3F00DF014032")),
                "address_file_b64": b64(self.card_file(image, "3F00DF014033")),
                "address_sig_b64": b64(der_object(address_sig) if ec else address_sig),
                "rrn_cert_der_b64": b64(der_object(self.card_file(image, "3F00DF00503C")))})
        return body

    def close(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        try:
            self.wait_card(False)
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)


def signed_login(env, image, message=None, with_files=True):
    """challenge → card signature over the login message (or `message(challenge)`) → verify
    body (not yet sent)."""
    challenge = env.challenge()
    data = message(challenge) if message else env.login_message(challenge)
    return env.verify_body(challenge, env.sign_json(data, image), image, with_files)


def scenario_login(env, image):
    env.start_city()
    env.insert(image)
    body = signed_login(env, image)
    check(body["algorithm"] == ("SHA256withRSA" if image.endswith("17") else "SHA384withECDSA"),
          f"algorithm {body['algorithm']}")
    status, reply = env.call("POST", "/auth/eid/verify", body)
    check(status == 200, f"verify: {status} {reply}")
    user = reply["data"]["user"]
    check(user["auth_level"] == "eid", f"auth level {user}")
    token = reply["data"]["session_token"]
    status, me = env.call("GET", "/me", token=token)
    check(status == 200, f"/me with the eID session: {status} {me}")
    # The city read the RRN-signed files of this generation (1.8 files start with tag 00):
    # the profile holds the card's values, locked.
    fields = me["data"]["fields"]
    spec = CARDS[image]
    for key, field in (("surname", "surname"), ("first-names", "first_names"),
                       ("birth-place", "birth_place"), ("street", "street_and_number"),
                       ("zip", "zip"), ("municipality", "municipality")):
        check(fields.get(field, {}).get("value") == spec[key]
              and fields[field].get("source") == "eid", f"{field} from the card: {fields.get(field)}")


def scenario_wrong_pin(env):
    env.start_city()
    env.insert("good18")
    challenge = env.challenge()
    nonce = env.login_message(challenge)
    for left in (2, 1):
        code, out, err = env.sign(nonce, "1111")
        check(code == 4, f"wrong PIN: exit {code} {err}")
        check(f"wrong PIN, {left} tries left" in err, f"stderr: {err!r}")
        check(out == "", "no signature after a wrong PIN")
    code, out, err = env.sign(nonce, PINS["good18"])  # a right PIN restores the counter
    check(code == 0, f"right PIN after two wrong: exit {code} {err}")
    status, reply = env.call("POST", "/auth/eid/verify",
                             env.verify_body(challenge, json.loads(out), "good18"))
    check(status == 200 and reply["data"]["user"]["auth_level"] == "eid", f"{status} {reply}")
    check("2 tries left" in env.sign(nonce, "1111")[2], "counter back to 3 after the right PIN")


def scenario_blocked(env):
    env.insert("good17")
    nonce = os.urandom(32)
    for attempt in (1, 2, 3):
        code, out, err = env.sign(nonce, "9999")
        check(code in (4, 5) and out == "", f"wrong PIN {attempt}: exit {code} {err}")
    check(code == 5 and "blocked" in err, f"third wrong PIN blocks: exit {code} {err}")
    code, out, err = env.sign(nonce, PINS["good17"])
    check(code == 5 and out == "" and "0 tries left" in err, f"blocked: exit {code} {err}")


def scenario_pulled(env):
    """The card is pulled while eguichet-eid waits for the PIN: no signature, exit 2 or 3."""
    card = env.insert("good18")
    proc = subprocess.Popen([env.cli, "sign", "--json", "--reader", env.reader, "--challenge",
                             os.urandom(32).hex(), "--pin-stdin"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)  # prepare() is done in milliseconds; the CLI now waits on stdin
    check(proc.poll() is None, "eguichet-eid should be waiting for the PIN")
    card.send_signal(signal.SIGUSR2)
    env.wait_card(False)
    out, err = proc.communicate(PINS["good18"] + "\n", timeout=30)
    check(proc.returncode in (2, 3), f"exit {proc.returncode}: {err}")
    check(out == "", f"no signature: {out!r}")
    # Re-inserted, the card still has all its tries: the VERIFY never reached it.
    card.send_signal(signal.SIGUSR1)
    env.wait_card(True)
    r = env.probe("apdu", env.reader, "80E400011F")
    check(r.stdout.strip()[56:58] == "03", f"tries after the pull: {r.stdout}")


def stop(env, proc):
    proc.terminate()
    proc.wait(5)
    env.wait_card(False)


def scenario_pulled_every_apdu(env):
    """The card pulled after each APDU of a signing in turn: either a valid signature or exit
    2/3 with nothing on stdout, never a half answer; the right PIN never costs a try."""
    nonce = os.urandom(32)
    outcomes = []
    for apdus in range(1, 21):
        card = env.insert("good18", "--pull-after-apdus", str(apdus))
        code, out, err = env.sign(nonce, PINS["good18"])
        if code == 0:
            signed = json.loads(out)
            check(signed["signature"].startswith("30"), f"after {apdus}: DER signature")
        else:
            check(code in (2, 3) and out == "", f"pulled after {apdus}: exit {code} {out!r} {err}")
        outcomes.append(code)
        stop(env, card)
    check(outcomes[0] != 0 and outcomes[-1] == 0, f"outcomes {outcomes}")
    # Failures all come before the successes: a signing either got all its APDUs or failed.
    first_ok = outcomes.index(0)
    check(all(c != 0 for c in outcomes[:first_ok]) and all(c == 0 for c in outcomes[first_ok:]),
          f"outcomes {outcomes}")
    # Pulled after the signature's GET RESPONSE, only LOG OFF is lost: the signature stands
    # (the card lost its power and with it the PIN state).
    print(f"a signing needs {first_ok + 1} APDUs before LOG OFF; outcomes {outcomes}")


def scenario_replay(env):
    env.start_city()
    env.insert("good18")
    body = signed_login(env, "good18")
    status, reply = env.call("POST", "/auth/eid/verify", body)
    check(status == 200, f"first verify: {status} {reply}")
    status, reply = env.call("POST", "/auth/eid/verify", body)
    check(status == 401 and reply.get("err_code") == "challenge_invalid",
          f"replayed challenge: {status} {reply}")


def scenario_expired(env):
    env.start_city("--eid-challenge-s", "1")
    env.insert("good17")
    body = signed_login(env, "good17")
    time.sleep(2.2)  # lifetimes are whole seconds
    status, reply = env.call("POST", "/auth/eid/verify", body)
    check(status == 401 and reply.get("err_code") == "challenge_invalid",
          f"expired challenge: {status} {reply}")


def scenario_wrong_nonce(env):
    """A signature over other bytes than the nonce is refused (the city really checks)."""
    env.start_city()
    env.insert("good18")
    challenge = env.challenge()
    code, out, err = env.sign(os.urandom(32), PINS["good18"])
    check(code == 0, f"sign: {err}")
    status, reply = env.call("POST", "/auth/eid/verify",
                             env.verify_body(challenge, json.loads(out), "good18"))
    check(status == 401 and reply.get("err_code") == "eid_signature_invalid",
          f"signature over other bytes: {status} {reply}")


def scenario_untrusted(env):
    """A card of another PKI (test root not given to the city) is refused."""
    env.start_city()
    env.insert("untrusted18")
    body = signed_login(env, "untrusted18")
    status, reply = env.call("POST", "/auth/eid/verify", body)
    check(status == 401 and reply.get("err_code") == "eid_untrusted",
          f"untrusted card: {status} {reply}")


def scenario_relay(env, image):
    """A program that relays the city's bare nonce to the card (or signs for another service's
    origin) cannot log in: the card must sign this city's origin and challenge id with it."""
    env.start_city()
    env.insert(image)
    bare = signed_login(env, image, message=lambda c: base64.b64decode(c["nonce_b64"]))
    status, reply = env.call("POST", "/auth/eid/verify", bare)
    check(status == 401 and reply.get("err_code") == "eid_signature_invalid",
          f"bare nonce: {status} {reply}")
    elsewhere = signed_login(
        env, image, message=lambda c: env.login_message(c, "https://eguichet.other.example"))
    status, reply = env.call("POST", "/auth/eid/verify", elsewhere)
    check(status == 401 and reply.get("err_code") == "eid_signature_invalid",
          f"another origin: {status} {reply}")
    status, reply = env.call("POST", "/auth/eid/verify", signed_login(env, image))
    check(status == 200, f"the bound message logs in: {status} {reply}")


def tlv_fields(data):
    """(tag, value) of an identity/address TLV file (FF-continued lengths, zero padding)."""
    fields, i = [], 0
    while i + 1 < len(data):
        tag = data[i]
        if tag == 0 and i > 0:
            break
        i += 1
        length = 0
        while data[i] == 0xFF:
            length += 255
            i += 1
        length += data[i]
        i += 1
        fields.append((tag, data[i:i + length]))
        i += length
    return fields


def tlv_file(fields):
    out = b""
    for tag, value in fields:
        length = len(value)
        out += bytes([tag]) + b"\xff" * (length // 255) + bytes([length % 255]) + value
    return out


def scenario_forged_identity(env, image):
    """Issue 13: a citizen signs a made-up identity and address with their own card and offers
    the card's authentication certificate (with the citizen CA) as the "RRN certificate".
    The city refuses it: only the National Register's certificate, right under a root, with
    the National Register's subject, vouches for identity files."""
    env.start_city()
    env.insert(image)
    fields = [(tag, b"Usurpateur" if tag == 0x07 else value)
              for tag, value in tlv_fields(env.card_file(image, "3F00DF014031"))]
    identity = tlv_file(fields)
    address = tlv_file([(0x01, b"Rue Inventee 1"), (0x02, b"5000"), (0x03, b"Namur")])
    identity_sig = bytes.fromhex(env.sign_json(identity, image)["signature"])
    address_signed = env.sign_json(address + identity_sig, image)
    address_sig = bytes.fromhex(address_signed["signature"])
    own_certificate = bytes.fromhex(address_signed["certificate"])
    body = signed_login(env, image, with_files=False)
    b64 = lambda data: base64.b64encode(data).decode()
    body.update({"identity_file_b64": b64(identity), "identity_sig_b64": b64(identity_sig),
                 "address_file_b64": b64(address), "address_sig_b64": b64(address_sig),
                 "rrn_cert_der_b64": b64(own_certificate)})
    status, reply = env.call("POST", "/auth/eid/verify", body)
    check(status == 401 and reply.get("err_code") == "eid_signature_invalid",
          f"identity signed by the citizen's own card: {status} {reply}")
    # The same card with its genuine files logs in, holding the National Register's values.
    status, reply = env.call("POST", "/auth/eid/verify", signed_login(env, image))
    check(status == 200, f"genuine files: {status} {reply}")
    status, me = env.call("GET", "/me", token=reply["data"]["session_token"])
    check(me["data"]["fields"]["surname"]["value"] == CARDS[image]["surname"],
          f"surname {me['data']['fields'].get('surname')}")


def scenario_revoked(env, image):
    """A card on its PKI's CRL (eguichet-cardgen --revoked) is refused; a good card of the same
    PKI still logs in (the CRL is read from the certificate's distribution point)."""
    env.start_city()
    card = env.insert(image)
    status, reply = env.call("POST", "/auth/eid/verify", signed_login(env, image))
    check(status == 401 and reply.get("err_code") == "eid_revoked", f"revoked: {status} {reply}")
    stop(env, card)
    good = "good17" if image.endswith("17") else "good18"
    env.insert(good)
    status, reply = env.call("POST", "/auth/eid/verify", signed_login(env, good))
    check(status == 200, f"good card of the same PKI: {status} {reply}")


class CrlServer:
    """The test PKI's CRL over HTTP on loopback; counts the fetches."""

    def __init__(self, directory):
        import functools
        import http.server
        import threading
        outer = self
        self.fetches = 0

        class Handler(http.server.SimpleHTTPRequestHandler):
            def do_GET(self):
                outer.fetches += 1
                super().do_GET()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Handler, directory=directory))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/ca.crl"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def scenario_crl_http(env):
    """Revocation over HTTP with the CRL's own lifetime: fetched from the distribution point,
    kept until its next update (no fetch meanwhile), fetched again after it; a CRL that cannot
    be had, or a distribution point that answers nothing, refuses the login."""
    pki = os.path.join(env.tmp, "pki")
    server = CrlServer(pki)
    try:
        lifetime = 12  # seconds: long enough for a login on a busy machine
        common = ["--applet", "1.8", "--pki", pki, "--crl-url", server.url]
        first = env.cardgen(os.path.join(env.tmp, "first"), *common,
                            "--crl-valid-s", str(lifetime))
        issued = time.monotonic()
        env.start_city(roots_of=(first,))
        card = env.insert(first)
        status, reply = env.call("POST", "/auth/eid/verify", signed_login(env, first))
        check(status == 200 and server.fetches == 1, f"good card: {status} {reply} {server.fetches}")
        stop(env, card)
        # A second card, revoked at once: the CRL file now lists it, the city's copy not yet.
        # Its CRL lives longer, so that the copy fetched after the first one's end is current.
        second_lifetime = lifetime + 10
        second = env.cardgen(os.path.join(env.tmp, "second"), *common, "--revoked",
                             "--crl-valid-s", str(second_lifetime))
        reissued = time.monotonic()
        card = env.insert(second)
        status, reply = env.call("POST", "/auth/eid/verify", signed_login(env, second))
        check(status == 200 and server.fetches == 1,
              f"within the cached CRL's lifetime: {status} {reply} fetches {server.fetches}")
        time.sleep(max(0.0, issued + lifetime + 1.2 - time.monotonic()))
        status, reply = env.call("POST", "/auth/eid/verify", signed_login(env, second))
        check(status == 401 and reply.get("err_code") == "eid_revoked" and server.fetches == 2,
              f"after the next update: {status} {reply} fetches {server.fetches}")
        stop(env, card)
        # The distribution point goes silent; once the copy is out of date, nothing is known.
        server.stop()
        time.sleep(max(0.0, reissued + second_lifetime + 1.2 - time.monotonic()))
        card = env.insert(first)
        status, reply = env.call("POST", "/auth/eid/verify", signed_login(env, first))
        check(status == 401 and reply.get("err_code") == "eid_revocation_unknown",
              f"no current CRL: {status} {reply}")
    finally:
        try:
            server.stop()
        except OSError:
            pass


def scenario_crl_unreachable(env):
    """A card whose distribution point cannot be reached: status unknown, login refused."""
    pki = os.path.join(env.tmp, "pki")
    lost = env.cardgen(os.path.join(env.tmp, "lost"), "--applet", "1.7", "--pki", pki,
                       "--crl-url", "http://127.0.0.1:9/none.crl")
    env.start_city(roots_of=(lost,))
    env.insert(lost)
    status, reply = env.call("POST", "/auth/eid/verify", signed_login(env, lost))
    check(status == 401 and reply.get("err_code") == "eid_revocation_unknown",
          f"unreachable distribution point: {status} {reply}")


SCENARIOS = {
    "login17": lambda env: scenario_login(env, "good17"),
    "login18": lambda env: scenario_login(env, "good18"),
    "wrong-pin": scenario_wrong_pin, "blocked": scenario_blocked, "pulled": scenario_pulled,
    "pulled-every-apdu": scenario_pulled_every_apdu,
    "replay": scenario_replay, "expired": scenario_expired, "wrong-nonce": scenario_wrong_nonce,
    "untrusted": scenario_untrusted,
    "relay17": lambda env: scenario_relay(env, "good17"),
    "relay18": lambda env: scenario_relay(env, "good18"),
    "forged-identity17": lambda env: scenario_forged_identity(env, "good17"),
    "forged-identity18": lambda env: scenario_forged_identity(env, "good18"),
    "revoked17": lambda env: scenario_revoked(env, "revoked17"),
    "revoked18": lambda env: scenario_revoked(env, "revoked18"),
    "crl-http": scenario_crl_http, "crl-unreachable": scenario_crl_unreachable,
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin-dir", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--images", required=True)
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    args = parser.parse_args()
    env = None
    try:
        env = Env(args)
        SCENARIOS[args.scenario](env)
        return 0
    except (Failure, OSError, KeyError, ValueError, subprocess.TimeoutExpired) as error:
        print(f"FAIL {args.scenario}: {error!r}", file=sys.stderr)
        if env is not None:
            log = os.path.join(env.tmp, "vcard.log")
            if os.path.exists(log):
                sys.stderr.write(open(log).read()[-2000:])
        return 1
    finally:
        if env is not None:
            env.close()


if __name__ == "__main__":
    sys.exit(main())
