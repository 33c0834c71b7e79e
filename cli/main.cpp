// scorecard: the command line over the core. Placeholder until the CLI lands.
#include <iostream>
int main() { std::cout << "scorecard\n"; return 0; }
