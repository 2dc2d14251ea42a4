// SPDX-License-Identifier: GPL-3.0-or-later
// EF(DIR) and the PKCS#15 files of DF(BELPIC) ([C401]/[C54] §5): structure as on real cards.
#pragma once

#include <QByteArray>

namespace Pkcs15Files {
QByteArray efDir();
QByteArray odf();
/** Serial = chip number; the last 4 bytes are the perso versions ([C54] §5.3.1). */
QByteArray tokenInfo(const QByteArray& serial, bool applet18);
QByteArray aodf();
/** Authentication (82) and signature (83) keys; none on kids cards. */
QByteArray prkdf(bool applet18, bool withCitizenKeys);
/** Certificates 5038-503C with their lengths; sizes of absent ones are 0. */
QByteArray cdf(const QList<int>& certificateLengths);
} // namespace Pkcs15Files
