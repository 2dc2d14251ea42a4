#!/usr/bin/env bash
# Signs the city list that home installs choose from at first start (app/config/citylist.*).
#   sign-city-list.sh KEY.pem [LIST.json]   write LIST.json.sig (raw Ed25519), verify it with
#                                            the public key built into the app
#   sign-city-list.sh --new-key KEY.pem     make a new release key (never commit it) and print
#                                            the public key to put in app/config/citylist.cpp
# The release key lives off the repository, with the person who signs releases.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" = "--new-key" ]; then
    key=${2:?usage: $0 --new-key KEY.pem}
    [ -e "$key" ] && { echo "$key exists: not overwritten" >&2; exit 1; }
    (umask 077 && openssl genpkey -algorithm ed25519 -out "$key")
    printf 'public key (kReleasePublicKeyHex): %s\n' \
        "$(openssl pkey -in "$key" -pubout -outform DER | tail -c 32 | od -An -tx1 | tr -d ' \n')"
    exit 0
fi
key=${1:?usage: $0 KEY.pem [LIST.json] | --new-key KEY.pem}
list=${2:-$here/resources/cities/cities.json}
openssl pkeyutl -sign -inkey "$key" -rawin -in "$list" -out "$list.sig"
built_in=$(sed -n 's/.*"\([0-9a-f]\{64\}\)".*/\1/p' "$here/app/config/citylist.cpp")
signer=$(openssl pkey -in "$key" -pubout -outform DER | tail -c 32 | od -An -tx1 | tr -d ' \n')
if [ "$built_in" != "$signer" ]; then
    echo "warning: this key is not the one built into the app ($built_in)" >&2
    exit 1
fi
echo "signed: $list.sig"
