#pragma once

#include "intake/Bilingual.h"

#include <cstddef>

namespace ClaimDesk {

// What the intake says to a customer: the English source and its Thai, both at
// once whatever the desk's language is. These texts keep a translation context of
// their own (ClaimDesk::IntakeSpeech), apart from IntakeTr's texts for the desk,
// because a customer's language is not the adjuster's.
struct IntakeSpeech
{
    static Bilingual tr(const char* source) { return Bilingual::of(Context, source); }
    // Plural forms ("%n item(s)"); no disambiguation (the Thai is looked up without one).
    static Bilingual tr(const char* source, std::nullptr_t, int n)
    {
        return Bilingual::of(Context, source, n);
    }

    static constexpr const char* Context = "ClaimDesk::IntakeSpeech";
};

} // namespace ClaimDesk
