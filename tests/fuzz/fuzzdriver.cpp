// Replays fuzz inputs without libFuzzer, for builds made with another compiler: every
// argument is a file or a folder (searched recursively), and each file is one input.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool runFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "fuzzdriver: cannot read %s\n", path.c_str());
        return false;
    }
    const std::vector<char> bytes { std::istreambuf_iterator<char>(in),
                                    std::istreambuf_iterator<char>() };
    // A copy of exactly the input's size, so that reads past its end are caught by ASan
    // just as under libFuzzer.
    std::vector<uint8_t> input(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    int runs = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const fs::path root(argv[i]);
        std::error_code error;
        if (fs::is_directory(root, error)) {
            std::vector<fs::path> files;
            for (const auto &entry : fs::recursive_directory_iterator(root, error)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
            std::sort(files.begin(), files.end()); // a stable order for reproducible logs
            for (const auto &file : files) {
                ok = runFile(file) && ok;
                ++runs;
            }
        } else if (fs::is_regular_file(root, error)) {
            ok = runFile(root) && ok;
            ++runs;
        } else {
            std::fprintf(stderr, "fuzzdriver: no such file or folder: %s\n", argv[i]);
            ok = false;
        }
    }
    std::fprintf(stderr, "fuzzdriver: %d inputs\n", runs);
    return ok ? 0 : 1;
}
