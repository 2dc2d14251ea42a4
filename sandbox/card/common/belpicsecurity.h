// SPDX-License-Identifier: GPL-3.0-or-later
// PIN, security environment and private-key commands of the BELPIC applet ([RM18] §5-§6).
#pragma once

#include "apdu.h"
#include "cardimage.h"

/** Outcome of a security command: a status word, or data the host fetches with GET RESPONSE. */
struct SecurityResult
{
    quint16 sw = 0x9000;
    QByteArray data;
};

/** VERIFY (with tries counter and blocking), MSE SET, PSO COMPUTE DIGITAL SIGNATURE,
    INTERNAL AUTHENTICATE and LOG OFF. The tries counter survives resets, as in EEPROM. */
class BelpicSecurity
{
public:
    explicit BelpicSecurity(const CardImage& image);

    /** Power-on or reset: PIN no longer verified, security environment cleared. */
    void reset();
    /** Called for every command, so that the non-repudiation key's "PIN just before" rule
        ([RM18] §5.1) can be enforced. */
    void noteCommand();

    SecurityResult verify(const CommandApdu& apdu);
    SecurityResult manageEnvironment(const CommandApdu& apdu);
    SecurityResult computeSignature(const CommandApdu& apdu);
    SecurityResult internalAuthenticate(const CommandApdu& apdu);
    SecurityResult logOff();
    int triesLeft() const { return m_triesLeft; }

private:
    /** The digits of a format-2 PIN block, or an empty string when the block is malformed. */
    static QString pinFromBlock(const QByteArray& block);

    const CardImage& m_image;
    int m_triesLeft;
    bool m_verified = false;
    int m_commandsSinceVerify = 0;
    int m_algorithm = -1;
    int m_keyReference = -1;
};
