// SPDX-License-Identifier: GPL-3.0-or-later
// A synthetic grey JPEG portrait for EF(ID#Photo).
#pragma once

#include <QByteArray>
#include <QString>

namespace Photo {
/** A width x height 8-bit grey JPEG (140x200 before 2021, 150x195 since: [C54] §6.2.6) whose
    shading depends on `seed`, so two citizens never share a photo. */
QByteArray jpeg(int width, int height, const QString& seed);
} // namespace Photo
