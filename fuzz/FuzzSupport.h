#pragma once

// What every harness needs before the first input: a Qt application object
// (QObject-based parsers, image plugins) that lives for the whole run.
#include <QGuiApplication>
#include <cstdlib>
#include <memory>

namespace ClaimDesk::Fuzz {

template<typename App = QCoreApplication>
inline void ensureApplication()
{
    static std::unique_ptr<App> app;
    if (!app) {
        static int argc = 1;
        static char name[] = "fuzz";
        static char* argv[] = { name, nullptr };
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<App>(argc, argv);
    }
}

} // namespace ClaimDesk::Fuzz
