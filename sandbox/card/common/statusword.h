// SPDX-License-Identifier: GPL-3.0-or-later
// Status words of the BELPIC applet ([RM18] tables 20, 29, 38, 43; belpic-card.md §2-§7).
#pragma once

#include <QtGlobal>

namespace Sw {
constexpr quint16 Ok = 0x9000;
constexpr quint16 WrongLength = 0x6700;
constexpr quint16 SecurityNotSatisfied = 0x6982;
constexpr quint16 PinBlocked = 0x6983;
constexpr quint16 ConditionsNotSatisfied = 0x6985;
constexpr quint16 NoCurrentEf = 0x6986;
constexpr quint16 WrongData = 0x6A80;
constexpr quint16 FileNotFound = 0x6A82;
constexpr quint16 WrongP1P2 = 0x6A86;
constexpr quint16 LcInconsistent = 0x6A87;
constexpr quint16 ReferenceNotFound = 0x6A88;
constexpr quint16 OffsetOutside = 0x6B00;
constexpr quint16 InsNotSupported = 0x6D00;
constexpr quint16 ClaNotSupported = 0x6E00;
constexpr quint8 MoreData = 0x61; // 61xx: xx bytes wait for GET RESPONSE
constexpr quint8 WrongLe = 0x6C; // 6Cxx: resend with Le = xx
constexpr quint8 PinTriesLeft = 0x63; // 63Cx
} // namespace Sw
