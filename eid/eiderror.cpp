// SPDX-License-Identifier: GPL-3.0-or-later
#include "eiderror.h"

namespace eid {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ServiceUnavailable:
        return "service-unavailable";
    case ErrorCode::NoReader:
        return "no-reader";
    case ErrorCode::NoCard:
        return "no-card";
    case ErrorCode::CardRemoved:
        return "card-removed";
    case ErrorCode::CardReset:
        return "card-reset";
    case ErrorCode::CardMute:
        return "card-mute";
    case ErrorCode::UnsupportedCard:
        return "unsupported-card";
    case ErrorCode::ReaderBusy:
        return "reader-busy";
    case ErrorCode::Damaged:
        return "damaged";
    case ErrorCode::ParseError:
        return "parse-error";
    case ErrorCode::AnswerTooLong:
        return "answer-too-long";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::WrongPin:
        return "wrong-pin";
    case ErrorCode::PinBlocked:
        return "pin-blocked";
    case ErrorCode::PinPadTimeout:
        return "pin-pad-timeout";
    case ErrorCode::PinPadCancelled:
        return "pin-pad-cancelled";
    case ErrorCode::PinPadInvalidEntry:
        return "pin-pad-invalid-entry";
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

} // namespace eid
