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

} // namespace eidtest
