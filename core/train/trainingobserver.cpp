// SPDX-License-Identifier: MIT
// The names and kinds of a TrainingSession's states (trainingobserver.h).
#include "train/trainingobserver.h"

namespace latent {

const char* stateName(SessionState state)
{
    switch (state) {
    case SessionState::Idle: return "idle";
    case SessionState::Preparing: return "preparing";
    case SessionState::Running: return "running";
    case SessionState::Paused: return "paused";
    case SessionState::Diverged: return "diverged";
    case SessionState::Finished: return "finished";
    case SessionState::Stopped: return "stopped";
    case SessionState::Failed: return "failed";
    }
    return "?";
}

bool isTerminal(SessionState state)
{
    return state == SessionState::Finished || state == SessionState::Stopped || state == SessionState::Failed;
}

} // namespace latent
