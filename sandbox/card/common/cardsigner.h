// SPDX-License-Identifier: GPL-3.0-or-later
// The card's private-key operation: RSA (applet 1.7) or ECDSA with plain r||s (applet 1.8).
#pragma once

#include <optional>
#include <QByteArray>

namespace CardSigner {
/** Signs a DTBS as the card does for MSE algorithm reference `algorithm` ([RM17] table 11,
    [RM18] table 14). nullopt when the key, the algorithm or the DTBS length does not fit
    (the card answers 6A80). */
std::optional<QByteArray> sign(
    const QByteArray& pemKey, int appletVersion, int algorithm, const QByteArray& dtbs);
/** Expected DTBS length for an algorithm, or 0 when any length is accepted. */
int dtbsLength(int appletVersion, int algorithm);
} // namespace CardSigner
