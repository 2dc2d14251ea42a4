// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pcsc/cardtransport.h"

#include <cstdint>
#include <optional>
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

    /** A reader control call (SCardControl): code, input hex, answer hex or an error. */
    ScriptedTransport& expectControl(
        std::uint32_t code, const std::string& input, const std::string& answer);
    ScriptedTransport& expectControlError(
        std::uint32_t code, const std::string& input, eid::ErrorCode error);
    /** What the next resetCard() calls return, in order; success once the list is used up. */
    ScriptedTransport& resetAnswers(std::vector<std::optional<eid::ErrorCode>> answers);

    eid::Result<eid::Bytes> transmit(const eid::Bytes& command) override;
    eid::Result<eid::Bytes> control(std::uint32_t code, const eid::Bytes& input) override;
    eid::Status resetCard() override;
    eid::Status reconnect() override;

    /** Every call in order: "apdu <hex>" or "control <code hex>", to check interleaving. */
    const std::vector<std::string>& journal() const { return m_journal; }
    int resets() const { return m_resets; }
    int reconnects() const { return m_reconnects; }

    bool finished() const
    {
        return m_next == m_steps.size() && m_nextControl == m_controlSteps.size();
    }
    const std::string& unexpected() const { return m_unexpected; }

private:
    struct Step
    {
        eid::Bytes command;
        eid::Bytes response;
        std::optional<eid::ErrorCode> error;
    };
    struct ControlStep
    {
        std::uint32_t code;
        eid::Bytes input;
        eid::Bytes answer;
        std::optional<eid::ErrorCode> error;
    };
    std::vector<Step> m_steps;
    std::size_t m_next = 0;
    std::vector<ControlStep> m_controlSteps;
    std::size_t m_nextControl = 0;
    std::vector<std::optional<eid::ErrorCode>> m_resetAnswers;
    std::vector<std::string> m_journal;
    int m_resets = 0;
    int m_reconnects = 0;
    std::string m_unexpected;
};

} // namespace eidtest
