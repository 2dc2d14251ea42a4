// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pcsc/cardtransport.h"

#include <string>
#include <vector>

namespace eidtest {

/**
 * Replays an exact APDU script: each expected command gets its response (or a transport
 * error). Any command out of script fails the exchange and is remembered for the test.
 */
class ScriptedTransport : public eid::CardTransport
{
public:
    /** Hex of the command and of the response (data + SW), spaces allowed. */
    ScriptedTransport& expect(const std::string& command, const std::string& response);
    ScriptedTransport& expectError(const std::string& command, eid::ErrorCode error);

    eid::Result<eid::Bytes> transmit(const eid::Bytes& command) override;

    bool finished() const { return m_next == m_steps.size(); }
    const std::string& unexpected() const { return m_unexpected; }

private:
    struct Step
    {
        eid::Bytes command;
        eid::Bytes response;
        std::optional<eid::ErrorCode> error;
    };
    std::vector<Step> m_steps;
    std::size_t m_next = 0;
    std::string m_unexpected;
};

} // namespace eidtest
