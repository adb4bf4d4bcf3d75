#pragma once

#include <QEventLoop>
#include <QObject>
#include <type_traits>

namespace ClaimDesk::Cli {

// The command line's way to use the asynchronous model uses (summarizer, agent,
// policy reasoner): `ask` starts the request, and this waits in a local event
// loop for the use's one answer signal, `void answered(claimId, answer)`, and
// returns the answer. The uses always answer, failures included, so it returns.
template<typename Object, typename Sender, typename Id, typename Answer, typename Ask>
std::decay_t<Answer> waitForAnswer(Object* object, void (Sender::*answered)(Id, Answer), Ask ask)
{
    std::decay_t<Answer> answer {};
    bool done = false;
    QEventLoop loop;
    QObject::connect(object, answered, &loop, [&](Id, Answer a) {
        answer = a;
        done = true;
        loop.quit();
    });
    ask();
    if (!done) // an answer given at once has already quit a loop not yet running
        loop.exec();
    return answer;
}

} // namespace ClaimDesk::Cli
