// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedtransport.h"

namespace eidtest {

ScriptedTransport& ScriptedTransport::expect(
    const std::string& command, const std::string& response)
{
    m_steps.push_back({ eid::fromHex(command), eid::fromHex(response), std::nullopt });
    return *this;
}

ScriptedTransport& ScriptedTransport::expectError(const std::string& command, eid::ErrorCode error)
{
    m_steps.push_back({ eid::fromHex(command), {}, error });
    return *this;
}

eid::Result<eid::Bytes> ScriptedTransport::transmit(const eid::Bytes& command)
{
    m_journal.push_back("apdu " + eid::toHex(command));
    if (m_next >= m_steps.size() || m_steps[m_next].command != command) {
        if (m_unexpected.empty())
            m_unexpected = eid::toHex(command);
        return eid::Error { eid::ErrorCode::Internal, "unexpected APDU " + eid::toHex(command) };
    }
    const Step& step = m_steps[m_next++];
    if (step.error)
        return eid::Error { *step.error, "scripted" };
    return step.response;
}

ScriptedTransport& ScriptedTransport::expectControl(
    std::uint32_t code, const std::string& input, const std::string& answer)
{
    m_controlSteps.push_back({ code, eid::fromHex(input), eid::fromHex(answer), std::nullopt });
    return *this;
}

ScriptedTransport& ScriptedTransport::expectControlError(
    std::uint32_t code, const std::string& input, eid::ErrorCode error)
{
    m_controlSteps.push_back({ code, eid::fromHex(input), {}, error });
    return *this;
}

ScriptedTransport& ScriptedTransport::resetAnswers(
    std::vector<std::optional<eid::ErrorCode>> answers)
{
    m_resetAnswers = std::move(answers);
    return *this;
}

eid::Result<eid::Bytes> ScriptedTransport::control(std::uint32_t code, const eid::Bytes& input)
{
    m_journal.push_back("control "
        + eid::toHex(eid::Bytes { static_cast<std::uint8_t>(code >> 24),
            static_cast<std::uint8_t>(code >> 16), static_cast<std::uint8_t>(code >> 8),
            static_cast<std::uint8_t>(code) }));
    if (m_nextControl >= m_controlSteps.size() || m_controlSteps[m_nextControl].code != code
        || m_controlSteps[m_nextControl].input != input) {
        if (m_unexpected.empty())
            m_unexpected = "control " + std::to_string(code) + " " + eid::toHex(input);
        return eid::Error { eid::ErrorCode::Internal, "unexpected control" };
    }
    const ControlStep& step = m_controlSteps[m_nextControl++];
    if (step.error)
        return eid::Error { *step.error, "scripted" };
    return step.answer;
}

eid::Status ScriptedTransport::resetCard()
{
    const std::size_t index = static_cast<std::size_t>(m_resets++);
    if (index < m_resetAnswers.size() && m_resetAnswers[index])
        return eid::Error { *m_resetAnswers[index], "scripted" };
    return std::nullopt;
}

eid::Status ScriptedTransport::reconnect()
{
    ++m_reconnects;
    return std::nullopt;
}

} // namespace eidtest
