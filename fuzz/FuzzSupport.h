#pragma once

// What every harness needs before the first input: a Qt application object
// (QObject-based parsers, image plugins) that lives for the whole run. It is
// never destroyed: libFuzzer ends the process with exit(), after Qt's own
// globals may be gone.
#include <QGuiApplication>

namespace ClaimDesk::Fuzz {

template<typename App = QCoreApplication>
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = { name, nullptr };
    static const bool made = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        new App(argc, argv); // NOLINT: lives until the process ends
        return true;
    }();
    (void)made;
}

} // namespace ClaimDesk::Fuzz
