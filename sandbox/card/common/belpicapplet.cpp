// SPDX-License-Identifier: GPL-3.0-or-later
#include "belpicapplet.h"

#include "statusword.h"

namespace {
const QByteArray MasterFile = QByteArray::fromHex("3F00");
const QByteArray AppletAid = QByteArray::fromHex("A00000003029057000AD13100101FF");
const QByteArray BelpicAid = QByteArray::fromHex("A000000177504B43532D3135");
const QByteArray IdAid = QByteArray::fromHex("A000000177496446696C6573");

QByteArray sw61or6C(quint8 sw1, int count)
{
    return responseApdu(static_cast<quint16>((sw1 << 8) | (count & 0xFF)));
}
} // namespace

BelpicApplet::BelpicApplet(const CardImage& image)
    : m_image(image)
    , m_security(image)
{
    reset();
}

void BelpicApplet::reset()
{
    // The applet is default-selected after power-on with the MF current ([RM18] §2.2).
    m_appletSelected = true;
    m_currentDf = MasterFile;
    m_currentEf.clear();
    m_pending.clear();
    m_security.reset();
}

QByteArray BelpicApplet::process(const QByteArray& raw)
{
    CommandApdu apdu;
    if (!CommandApdu::parse(raw, apdu))
        return responseApdu(Sw::WrongLength);
    m_security.noteCommand();
    // Response data waits for GET RESPONSE only until the next other command.
    if (!(apdu.cla == 0x00 && apdu.ins == 0xC0))
        m_pending.clear();
    return dispatch(apdu);
}

QByteArray BelpicApplet::dispatch(const CommandApdu& apdu)
{
    if (apdu.cla != 0x00 && apdu.cla != 0x80)
        return responseApdu(Sw::ClaNotSupported);
    if (apdu.cla == 0x00 && apdu.ins == 0xA4)
        return select(apdu);
    // Once the card manager is selected, BELPIC commands are unknown until the applet is
    // selected again: the 6D00 that makes eid-mw reselect the applet.
    if (!m_appletSelected)
        return responseApdu(Sw::InsNotSupported);
    if (apdu.cla == 0x00) {
        switch (apdu.ins) {
        case 0xB0:
            return readBinary(apdu);
        case 0xC0:
            return getResponse(apdu);
        case 0x20:
            return deliver(m_security.verify(apdu));
        case 0x22:
            return deliver(m_security.manageEnvironment(apdu));
        case 0x2A:
            return deliver(m_security.computeSignature(apdu));
        case 0x88:
            return deliver(m_security.internalAuthenticate(apdu));
        default:
            return responseApdu(Sw::InsNotSupported);
        }
    }
    if (apdu.ins == 0xE4)
        return getCardData(apdu);
    if (apdu.ins == 0xE6 && apdu.p1 == 0 && apdu.p2 == 0)
        return deliver(m_security.logOff());
    return responseApdu(Sw::InsNotSupported);
}

QByteArray BelpicApplet::select(const CommandApdu& apdu)
{
    if (apdu.p2 != 0x0C && apdu.p2 != 0x00)
        return responseApdu(Sw::WrongP1P2);
    if (apdu.p1 == 0x04) {
        if (apdu.data.isEmpty()) {
            m_appletSelected = false; // empty AID: the card manager
            return responseApdu(Sw::Ok);
        }
        if (apdu.data == AppletAid) {
            reset();
            return responseApdu(Sw::Ok);
        }
        if (!m_appletSelected)
            return responseApdu(Sw::FileNotFound);
        if (apdu.data == BelpicAid)
            return selectPath(QByteArray::fromHex("3F00DF00"));
        if (apdu.data == IdAid)
            return selectPath(QByteArray::fromHex("3F00DF01"));
        return responseApdu(Sw::FileNotFound);
    }
    if (!m_appletSelected)
        return responseApdu(Sw::FileNotFound);
    if (apdu.data.isEmpty() || apdu.data.size() % 2 != 0)
        return responseApdu(Sw::LcInconsistent);
    if (apdu.p1 == 0x02) {
        if (apdu.data.size() != 2)
            return responseApdu(Sw::LcInconsistent);
        if (apdu.data == MasterFile)
            return selectPath(MasterFile);
        const QByteArray child = m_currentDf + apdu.data;
        // ISO 7816-4 also finds a sibling DF (DF00 while in DF01): it is a child of the MF.
        if (!m_image.files.contains(child) && !m_image.isDedicatedFile(child)
            && m_image.isDedicatedFile(MasterFile + apdu.data))
            return selectPath(MasterFile + apdu.data);
        return selectPath(child);
    }
    if (apdu.p1 == 0x08) {
        // Both forms are in use: with the MF id (commons-eid, OpenSC) and without ([RM18]).
        return selectPath(apdu.data.startsWith(MasterFile) ? apdu.data : MasterFile + apdu.data);
    }
    return responseApdu(Sw::WrongP1P2);
}

QByteArray BelpicApplet::selectPath(const QByteArray& path)
{
    if (path == MasterFile || m_image.isDedicatedFile(path)) {
        m_currentDf = path;
        m_currentEf.clear();
        return responseApdu(Sw::Ok);
    }
    if (!m_image.files.contains(path))
        return responseApdu(Sw::FileNotFound);
    m_currentDf = path.left(path.size() - 2);
    m_currentEf = path;
    return responseApdu(Sw::Ok);
}

QByteArray BelpicApplet::readBinary(const CommandApdu& apdu)
{
    if (apdu.hasLc)
        return responseApdu(Sw::WrongLength);
    if (apdu.p1 & 0x80)
        return responseApdu(Sw::WrongP1P2);
    if (m_currentEf.isEmpty())
        return responseApdu(Sw::NoCurrentEf);
    const QByteArray& file = m_image.files[m_currentEf];
    const int offset = (apdu.p1 << 8) | apdu.p2;
    if (offset >= file.size())
        return responseApdu(Sw::OffsetOutside);
    const int wanted = apdu.le < 0 ? 256 : apdu.expectedLength();
    const int available = file.size() - offset;
    // A T=0 card answers an overlong Le with 6Cxx: exactly xx bytes are left.
    if (wanted > available)
        return sw61or6C(Sw::WrongLe, available);
    return responseApdu(file.mid(offset, wanted), Sw::Ok);
}

QByteArray BelpicApplet::getResponse(const CommandApdu& apdu)
{
    if (apdu.p1 != 0 || apdu.p2 != 0)
        return responseApdu(Sw::WrongP1P2);
    if (m_pending.isEmpty())
        return responseApdu(Sw::ConditionsNotSatisfied);
    const int wanted = apdu.le < 0 ? 256 : apdu.expectedLength();
    if (wanted > m_pending.size())
        return sw61or6C(Sw::WrongLe, m_pending.size());
    const QByteArray chunk = m_pending.left(wanted);
    m_pending.remove(0, wanted);
    if (!m_pending.isEmpty())
        return chunk + sw61or6C(Sw::MoreData, qMin(m_pending.size(), 256));
    return responseApdu(chunk, Sw::Ok);
}

QByteArray BelpicApplet::getCardData(const CommandApdu& apdu)
{
    if (apdu.p1 != 0 || (apdu.p2 != 0 && !(apdu.p2 == 1 && m_image.appletVersion >= 0x18)))
        return responseApdu(Sw::WrongP1P2);
    QByteArray data = m_image.cardData;
    if (apdu.p2 == 1) {
        // Byte 28: tries left for PINcardholder, then two RFU bytes ([RM18] table 47).
        data.append(static_cast<char>(m_security.triesLeft()));
        data.append("\xFF\xFF", 2);
    }
    if (apdu.expectedLength() != data.size())
        return sw61or6C(Sw::WrongLe, data.size());
    return responseApdu(data, Sw::Ok);
}

QByteArray BelpicApplet::deliver(const SecurityResult& result)
{
    if (result.data.isEmpty())
        return responseApdu(result.sw);
    // Case-4 commands under T=0: the data waits for GET RESPONSE ([RM18] §6.1).
    m_pending = result.data;
    return sw61or6C(Sw::MoreData, qMin(m_pending.size(), 256));
}
