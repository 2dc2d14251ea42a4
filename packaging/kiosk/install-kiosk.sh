#!/usr/bin/env bash
# Turns a Debian 12 machine with the eguichet package into a town-hall kiosk.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "run as root" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
apt-get install -y --no-install-recommends cage qt6-wayland pcscd
id kiosk >/dev/null 2>&1 || useradd --system --create-home --shell /usr/sbin/nologin kiosk
install -d -m 0755 /etc/eguichet
# The package's /etc file has every key commented out: replace it by the kiosk's, never a
# file an administrator already filled in.
if ! grep -qE '^[[:space:]]*[a-z_]+[[:space:]]*=' /etc/eguichet/eguichet.ini 2>/dev/null; then
    install -m 0644 "$here/eguichet.ini" /etc/eguichet/eguichet.ini
fi
install -d -o kiosk -g kiosk -m 0700 /var/lib/eguichet
install -m 0644 "$here/eguichet-kiosk.service" /etc/systemd/system/eguichet-kiosk.service
systemctl daemon-reload
systemctl enable eguichet-kiosk.service
systemctl set-default graphical.target
echo "Kiosk installed. Edit /etc/eguichet/eguichet.ini (city, API URL, CA, admin PIN),"
echo "check it with: eguichet --check-config   (0: ready), then reboot."
