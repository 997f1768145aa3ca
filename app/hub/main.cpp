#include "hub/hubapp.h"

int main(int argc, char **argv)
{
    return lapor::hub::runHub(argc, argv);
}
