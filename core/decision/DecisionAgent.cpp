#include "DecisionAgent.h"
