# SPDX-License-Identifier: GPL-3.0-or-later
"""The cards of the virtual-card e2e tests: what eguichet-cardgen is given for each, and an
image built from the commons-eid specimen "Alice" (docs/virtual-card.md)."""
import base64
import json
import os
import shutil
import subprocess


# What each card is generated with. The read tests compare every field the CLI reports with
# these very values, so the generator and the reader are checked against the same input.
BASE = {"validity-begin": "2024-03-01", "validity-end": "2034-02-28",
        "issuing-municipality": "Namur", "pin": "1234"}
CARDS = {
    "good17": dict(BASE, **{
        "applet": "1.7", "pki": "pki17", "card-number": "591123456753",
        "national-number": "85061415390", "surname": "Dubois-Lefèvre",
        "first-names": "Jean-François Émile", "third-initial": "Ö", "nationality": "Belge",
        "birth-place": "Liège", "birth-date": "1985-06-14", "sex": "M",
        "street": "Rue de l'Ange 12 bte 3", "zip": "5000", "municipality": "Namur"}),
    "good18": dict(BASE, **{
        "applet": "1.8", "pki": "pki18", "card-number": "592012345656",
        "national-number": "03080915415", "issuing-municipality": "Sint-Genesius-Rode",
        "surname": "de Merode-Wéström d'Ursel van der Straeten-Ponthoz Rodríguez-Castellón",
        "first-names": "Marie-Thérèse Élisabeth", "third-initial": "Ç",
        "nationality": "Belge", "birth-place": "Bruxelles", "birth-date": "2003-08-09",
        "sex": "F", "noble-condition": "Comtesse", "duplicate": "02",
        "street": "Avenue des Châtaigniers 117/B", "zip": "1640",
        "municipality": "Rhode-Saint-Genèse", "pin": "987654"}),
    "foreigner18": dict(BASE, **{
        "applet": "1.8", "pki": "pki18", "surname": "Nowak", "first-names": "Zofia Łucja",
        "third-initial": "", "nationality": "Polonaise", "birth-place": "Kraków",
        "birth-date": "1990-02", "sex": "F", "document-type": "33", "special-status": "0",
        "member-of-family": True, "extra-tag": "1F=15.09.2019",
        "street": "Rue Godefroid 5", "zip": "5000", "municipality": "Namur"}),
    "kids18": dict(BASE, **{
        "applet": "1.8", "pki": "pki18", "kids": True, "surname": "Martin",
        "first-names": "Léa", "birth-date": "2019-11-30", "sex": "F", "document-type": "6",
        "street": "Place d'Armes 1", "zip": "5000", "municipality": "Namur"}),
    "tampered-identity17": dict(BASE, applet="1.7", pki="pki17", tamper="4031"),
    "tampered-address18": dict(BASE, applet="1.8", pki="pki18", tamper="4033"),
    "wrong-photo17": dict(BASE, **{"applet": "1.7", "pki": "pki17", "wrong-photo-hash": True}),
    "expired-rrn18": dict(BASE, **{"applet": "1.8", "pki": "pki18", "expired-rrn": True}),
    # On their PKI's CRL (eguichet-cardgen --revoked): the city refuses their login.
    "revoked17": dict(BASE, applet="1.7", pki="pki17", revoked=True),
    "revoked18": dict(BASE, applet="1.8", pki="pki18", revoked=True),
    # Its own PKI: signed by a root that the tests do not give as --trust-root.
    "untrusted18": dict(BASE, applet="1.8", pki="pki-other"),
}
TEXT_FIELDS = {"card-number": "card_number", "issuing-municipality": "issuing_municipality",
               "national-number": "national_number", "surname": "surname",
               "first-names": "first_names", "third-initial": "third_name_initial",
               "nationality": "nationality", "birth-place": "birth_place",
               "birth-date": "birth_date", "sex": "sex", "noble-condition": "noble_condition",
               "duplicate": "duplicate", "validity-begin": "validity_begin",
               "validity-end": "validity_end"}
NUMBER_FIELDS = {"document-type": "document_type", "special-status": "special_status"}
ADDRESS_FIELDS = {"street": "street_and_number", "zip": "zip", "municipality": "municipality"}


def generate(env):
    os.makedirs(env.images, exist_ok=True)
    for name, spec in CARDS.items():
        out = env.image(name)
        shutil.rmtree(out, ignore_errors=True)
        cmd = [env.tool("eguichet-cardgen"), "--out", out]
        for key, value in spec.items():
            if key == "pki":
                value = env.image(value)
            if value is True:
                cmd.append("--" + key)
            else:
                cmd += ["--" + key, value]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"eguichet-cardgen {name}: {r.stderr}")
        if f"PIN: {spec['pin']}" not in r.stdout:
            raise RuntimeError(f"eguichet-cardgen {name} did not print the PIN")


def alice_image(env):
    src = os.path.join(env.shared, "testdata", "commons-eid")
    if not os.path.isdir(src):
        return None
    out = os.path.join(env.tmp, "alice")
    os.makedirs(os.path.join(out, "files"))
    read = lambda name: open(os.path.join(src, f"Alice_{name}"), "rb").read()
    identity = read("Identity.tlv")
    chip = identity[identity.index(b"\x02\x10") + 2:][:16]  # tag 02, 16 bytes
    files = {"3F00DF014031": identity, "3F00DF014032": read("IdentitySignature.tlv"),
             "3F00DF014033": read("Address.tlv"), "3F00DF014034": read("AddressSignature.tlv"),
             "3F00DF014035": read("Photo.tlv")}
    certs = {"3F00DF005038": "AuthentificationCertificate", "3F00DF005039": "SigningCertificate",
             "3F00DF00503A": "CACertificate", "3F00DF00503B": "RootCertificate",
             "3F00DF00503C": "RRNCertificate"}
    for path, name in certs.items():
        files[path] = read(f"{name}.tlv") + bytes(50)  # 1.x cards pad certificates with 50 zeros
    for path, content in files.items():
        open(os.path.join(out, "files", path + ".bin"), "wb").write(content)
    card = {"format": 1, "applet": "1.7", "atr": read("ATR.bin").hex().upper(),
            "card_data": (chip + bytes.fromhex("F3360125011700030021010F")).hex().upper(),
            "pin": "1234", "pin_tries": 3}
    json.dump(card, open(os.path.join(out, "card.json"), "w"))
    pem = base64.encodebytes(read("RootCertificate.tlv")).decode().replace("\n", "")
    lines = [pem[i:i + 64] for i in range(0, len(pem), 64)]
    root = os.path.join(out, "root.pem")
    # The public test PKI's National Register certificate is "test RRN" (TrustStore rule).
    open(root, "w").write("RRN-Subject: C=BE, O=test RRN, CN=test RRN\n"
                          "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines)
                          + "\n-----END CERTIFICATE-----\n")
    return out, root


