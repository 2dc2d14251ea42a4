// SPDX-License-Identifier: GPL-3.0-or-later
#include "belpicsecurity.h"

#include "cardsigner.h"
#include "statusword.h"

namespace {
constexpr int PinReference = 0x01;
constexpr int BasicKey = 0x81;
constexpr int AuthenticationKey = 0x82;
constexpr int SignatureKey = 0x83;

SecurityResult status(quint16 sw)
{
    return SecurityResult { sw, {} };
}
} // namespace

BelpicSecurity::BelpicSecurity(const CardImage& image)
    : m_image(image)
    , m_triesLeft(image.pinTries)
{ }

void BelpicSecurity::reset()
{
    m_verified = false;
    m_commandsSinceVerify = 0;
    m_algorithm = -1;
    m_keyReference = -1;
}

void BelpicSecurity::noteCommand()
{
    ++m_commandsSinceVerify;
}

QString BelpicSecurity::pinFromBlock(const QByteArray& block)
{
    // ISO 9564 format 2: 2L, then L BCD digits, then F nibbles up to 8 bytes ([RM18] §3.2).
    if (block.size() != 8 || (static_cast<quint8>(block.at(0)) >> 4) != 0x2)
        return {};
    const int length = static_cast<quint8>(block.at(0)) & 0x0F;
    if (length < 4 || length > 12)
        return {};
    QString digits;
    for (int i = 0; i < 14; ++i) {
        const quint8 byte = static_cast<quint8>(block.at(1 + i / 2));
        const int nibble = (i % 2 == 0) ? byte >> 4 : byte & 0x0F;
        if (i < length && nibble > 9)
            return {};
        if (i >= length && nibble != 0xF)
            return {};
        if (i < length)
            digits.append(QChar(u'0' + nibble));
    }
    return digits;
}

SecurityResult BelpicSecurity::verify(const CommandApdu& apdu)
{
    if (apdu.p1 != 0x00)
        return status(Sw::WrongP1P2);
    if (apdu.p2 != PinReference)
        return status(Sw::ReferenceNotFound);
    if (!apdu.hasLc) {
        // Empty VERIFY reports the state without spending a try ([RM18] §6.9).
        if (m_triesLeft == 0)
            return status(Sw::PinBlocked);
        if (m_verified)
            return status(Sw::Ok);
        return status(static_cast<quint16>(0x63C0 | m_triesLeft));
    }
    if (apdu.data.size() != 8)
        return status(Sw::WrongLength);
    if (m_triesLeft == 0)
        return status(Sw::PinBlocked);
    const QString pin = pinFromBlock(apdu.data);
    if (pin.isEmpty())
        return status(Sw::WrongData);
    if (pin != m_image.pin) {
        // A wrong PIN resets every PIN access condition ([RM18] §5.1).
        m_verified = false;
        --m_triesLeft;
        return status(static_cast<quint16>(0x63C0 | m_triesLeft));
    }
    m_triesLeft = m_image.pinTries;
    m_verified = true;
    m_commandsSinceVerify = 0;
    return status(Sw::Ok);
}

SecurityResult BelpicSecurity::manageEnvironment(const CommandApdu& apdu)
{
    if (apdu.p1 != 0x41 || apdu.p2 != 0xB6)
        return status(Sw::WrongP1P2);
    QByteArray d = apdu.data;
    int algorithm = -1;
    int key = -1;
    // Cards take "04 80 <algo> 84 <key>" (a length byte, then tags without lengths) as eid-mw,
    // OpenSC and commons-eid send it; the ISO form "80 01 <algo> 84 01 <key>" is accepted too.
    if (d.size() == 5 && d.at(0) == 0x04 && static_cast<quint8>(d.at(1)) == 0x80
        && static_cast<quint8>(d.at(3)) == 0x84) {
        algorithm = static_cast<quint8>(d.at(2));
        key = static_cast<quint8>(d.at(4));
    } else if (d.size() == 6 && static_cast<quint8>(d.at(0)) == 0x80 && d.at(1) == 0x01
        && static_cast<quint8>(d.at(3)) == 0x84 && d.at(4) == 0x01) {
        algorithm = static_cast<quint8>(d.at(2));
        key = static_cast<quint8>(d.at(5));
    } else {
        return status(Sw::WrongData);
    }
    if ((key != AuthenticationKey && key != SignatureKey) || !m_image.keys.contains(key))
        return status(Sw::ReferenceNotFound);
    const QList<int> algorithms = m_image.appletVersion >= 0x18
        ? QList<int> { 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40 }
        : QList<int> { 0x01, 0x02, 0x04, 0x08, 0x10, 0x20 };
    if (!algorithms.contains(algorithm))
        return status(Sw::WrongData);
    m_algorithm = algorithm;
    m_keyReference = key;
    return status(Sw::Ok);
}

SecurityResult BelpicSecurity::computeSignature(const CommandApdu& apdu)
{
    if (apdu.p1 != 0x9E || apdu.p2 != 0x9A)
        return status(Sw::WrongP1P2);
    if (m_keyReference < 0)
        return status(Sw::ConditionsNotSatisfied);
    if (!m_verified)
        return status(Sw::SecurityNotSatisfied);
    // The non-repudiation key wants VERIFY just before: at most one other command between.
    if (m_keyReference == SignatureKey && m_commandsSinceVerify > 2)
        return status(Sw::SecurityNotSatisfied);
    const auto signature = CardSigner::sign(
        m_image.keys.value(m_keyReference), m_image.appletVersion, m_algorithm, apdu.data);
    if (!signature)
        return status(Sw::WrongData);
    if (m_keyReference == SignatureKey) {
        m_commandsSinceVerify = 3; // one signature per VERIFY
        if (m_image.appletVersion >= 0x18)
            m_verified = false; // "PIN mixed": the auth key needs a new VERIFY too
    }
    return SecurityResult { Sw::Ok, *signature };
}

SecurityResult BelpicSecurity::internalAuthenticate(const CommandApdu& apdu)
{
    if (apdu.p2 != BasicKey || !m_image.keys.contains(BasicKey))
        return status(Sw::ReferenceNotFound);
    const QByteArray& d = apdu.data;
    if (d.size() < 2 || static_cast<quint8>(d.at(0)) != 0x94
        || static_cast<quint8>(d.at(1)) != d.size() - 2)
        return status(Sw::WrongData);
    // INTERNAL AUTHENTICATE clears the security environment ([RM18] §6.11).
    m_algorithm = -1;
    m_keyReference = -1;
    const int algorithm = m_image.appletVersion >= 0x18 ? apdu.p1 : 0x01;
    const auto signature = CardSigner::sign(
        m_image.keys.value(BasicKey), m_image.appletVersion, algorithm, d.mid(2));
    if (!signature)
        return status(Sw::WrongData);
    return SecurityResult { Sw::Ok, *signature };
}

SecurityResult BelpicSecurity::logOff()
{
    m_verified = false;
    return status(Sw::Ok);
}
