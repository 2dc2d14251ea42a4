// SPDX-License-Identifier: GPL-3.0-or-later
// A small real PDF (PDF 1.4, Helvetica, WinAnsi) written by hand: no QtGui in the server.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/** One or more A4 pages: a title, then lines (long lines wrap; empty lines are gaps). */
QByteArray renderPdf(const QString& title, const QStringList& lines);
