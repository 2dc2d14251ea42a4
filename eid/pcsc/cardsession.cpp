// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardsession.h"

namespace eid {

namespace {

bool cardGone(const Error& error)
{
    return error.code == ErrorCode::CardRemoved || error.code == ErrorCode::NoCard;
}

} // namespace

Status resetCardSession(CardTransport& transport)
{
    Status status = transport.resetCard();
    if (status && status->code == ErrorCode::CardReset) {
        // SCARD_W_RESET_CARD: our handle must be re-opened before it may reset again.
        if (Status reopened = transport.reconnect())
            status = reopened;
        else
            status = transport.resetCard();
    }
    if (status && cardGone(*status))
        return std::nullopt;
    return status;
}

} // namespace eid
