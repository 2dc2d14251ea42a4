// SPDX-License-Identifier: GPL-3.0-or-later
// The BELPIC applet as a T=0 card answers it (belpic-card.md §1-§7): one APDU in, one out.
#pragma once

#include "apdu.h"
#include "belpicsecurity.h"
#include "cardimage.h"

/** Command dispatcher and file system of a virtual Belgian eID card. */
class BelpicApplet
{
public:
    explicit BelpicApplet(const CardImage& image);

    /** Power-on or reset: MF selected, applet selected, PIN and security environment cleared,
        no response pending. */
    void reset();
    /** Answers one command APDU with data + SW1 SW2. */
    QByteArray process(const QByteArray& raw);
    const BelpicSecurity& security() const { return m_security; }
    const QByteArray& atr() const { return m_image.atr; }

private:
    QByteArray dispatch(const CommandApdu& apdu);
    QByteArray select(const CommandApdu& apdu);
    QByteArray selectPath(const QByteArray& path);
    QByteArray readBinary(const CommandApdu& apdu);
    QByteArray getResponse(const CommandApdu& apdu);
    QByteArray getCardData(const CommandApdu& apdu);
    /** A security command's outcome; data is kept for GET RESPONSE and announced by 61xx. */
    QByteArray deliver(const SecurityResult& result);

    const CardImage& m_image;
    BelpicSecurity m_security;
    bool m_appletSelected = true;
    QByteArray m_currentDf;
    QByteArray m_currentEf;
    QByteArray m_pending;
};
