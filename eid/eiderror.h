// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace eid {

/** What went wrong, as a value the caller can branch on (never an exception). */
enum class ErrorCode {
    ServiceUnavailable, ///< pcscd / SCardSvr not running
    NoReader, ///< no reader, or the named reader does not exist
    NoCard, ///< reader present, no card in it
    CardRemoved, ///< card pulled during the operation
    CardReset, ///< another application reset the card (SCARD_W_RESET_CARD)
    CardMute, ///< card does not answer (badly inserted, not a smart card)
    UnsupportedCard, ///< not a Belgian eID, or an applet we do not know
    ReaderBusy, ///< another process holds the card exclusively
    Damaged, ///< the card answered with an unexpected status word
    ParseError, ///< a file's content is malformed
    AnswerTooLong, ///< more GET RESPONSE rounds or bytes than any BELPIC answer or file holds
    Cancelled, ///< the operation was cancelled (SCardCancel, stop())
    WrongPin, ///< VERIFY answered 63Cx
    PinBlocked, ///< VERIFY answered 6983
    PinPadTimeout, ///< the PIN-pad reader waited in vain for the PIN (reader SW 6400)
    PinPadCancelled, ///< the citizen pressed Cancel on the PIN-pad reader (6401)
    PinPadInvalidEntry, ///< the PIN typed on the reader was too short/long (6402, 6403)
    InvalidArgument, ///< caller error (bad PIN format, bad challenge length)
    Internal, ///< anything else (PC/SC or OpenSSL failure)
};

/** An error code plus a technical detail (status word, PC/SC code); never personal data. */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string detail;
};

/** Stable lower-case name of an error code, for messages and JSON. */
const char* errorCodeName(ErrorCode code);

} // namespace eid
