// SPDX-License-Identifier: GPL-3.0-or-later
// The ctest side of fuzzing, for machines without clang's libFuzzer: every seed of the target,
// then N mutations of them from a fixed seed (so a failure reproduces), each checked by the
// target's own invariants; a crash or an ASan report fails the test. Options:
//   --iterations N   mutations to run (default 20000)
//   --seed S         random seed (default 1)
//   --write-seeds D  write the seeds as files into D (a starting corpus for libFuzzer) and exit
//   FILE...          run these inputs only (reproduce a libFuzzer finding)
#include "fuzztarget.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace {

FuzzInput mutate(const std::vector<FuzzInput>& seeds, std::mt19937& rng)
{
    auto pick = [&rng](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    };
    FuzzInput data = seeds[pick(seeds.size())];
    const int rounds = 1 + static_cast<int>(pick(8));
    static const std::uint8_t interesting[] = { 0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF, '(', ')', '"',
        '{', '}', '[', ']', ',', ':', '0', '9' };
    for (int r = 0; r < rounds; ++r) {
        switch (pick(8)) {
        case 0: // flip a bit
            if (!data.empty())
                data[pick(data.size())] ^= static_cast<std::uint8_t>(1u << pick(8));
            break;
        case 1: // an interesting byte
            if (!data.empty())
                data[pick(data.size())] = interesting[pick(sizeof interesting)];
            break;
        case 2: { // insert random bytes
            const std::size_t at = data.empty() ? 0 : pick(data.size() + 1);
            const std::size_t n = 1 + pick(16);
            for (std::size_t i = 0; i < n; ++i)
                data.insert(data.begin() + static_cast<std::ptrdiff_t>(at),
                    static_cast<std::uint8_t>(pick(256)));
            break;
        }
        case 3: // delete a range
            if (data.size() > 1) {
                const std::size_t at = pick(data.size());
                const std::size_t n = 1 + pick(std::min<std::size_t>(data.size() - at, 32));
                data.erase(data.begin() + static_cast<std::ptrdiff_t>(at),
                    data.begin() + static_cast<std::ptrdiff_t>(at + n));
            }
            break;
        case 4: // duplicate a range (repeats, nesting)
            if (!data.empty() && data.size() < 1 << 16) {
                const std::size_t at = pick(data.size());
                const std::size_t n = 1 + pick(std::min<std::size_t>(data.size() - at, 64));
                const FuzzInput chunk(data.begin() + static_cast<std::ptrdiff_t>(at),
                    data.begin() + static_cast<std::ptrdiff_t>(at + n));
                const std::size_t times = 1 + pick(64);
                for (std::size_t i = 0; i < times; ++i)
                    data.insert(
                        data.begin() + static_cast<std::ptrdiff_t>(at), chunk.begin(), chunk.end());
            }
            break;
        case 5: // truncate
            if (!data.empty())
                data.resize(pick(data.size()));
            break;
        case 6: { // splice another seed
            const FuzzInput& other = seeds[pick(seeds.size())];
            if (!other.empty() && !data.empty()) {
                const std::size_t from = pick(other.size());
                const std::size_t at = pick(data.size());
                data.resize(at);
                data.insert(
                    data.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
            }
            break;
        }
        default: // overwrite a byte with a random one
            if (!data.empty())
                data[pick(data.size())] = static_cast<std::uint8_t>(pick(256));
            break;
        }
    }
    return data;
}

int run(const FuzzInput& input)
{
    return LLVMFuzzerTestOneInput(input.data(), input.size());
}

} // namespace

int main(int argc, char** argv)
{
    long iterations = 20000;
    unsigned seed = 1;
    std::string seedDir;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--iterations" && i + 1 < argc)
            iterations = std::stol(argv[++i]);
        else if (arg == "--seed" && i + 1 < argc)
            seed = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (arg == "--write-seeds" && i + 1 < argc)
            seedDir = argv[++i];
        else
            files.push_back(arg);
    }

    const std::vector<FuzzInput> seeds = fuzzSeeds();
    if (!seedDir.empty()) {
        for (std::size_t i = 0; i < seeds.size(); ++i) {
            std::ofstream out(seedDir + "/seed-" + std::to_string(i), std::ios::binary);
            out.write(reinterpret_cast<const char*>(seeds[i].data()),
                static_cast<std::streamsize>(seeds[i].size()));
        }
        std::printf("%zu seeds written to %s\n", seeds.size(), seedDir.c_str());
        return 0;
    }
    if (!files.empty()) {
        for (const std::string& file : files) {
            std::ifstream in(file, std::ios::binary);
            const FuzzInput input(
                (std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            std::printf("running %s (%zu bytes)\n", file.c_str(), input.size());
            run(input);
        }
        return 0;
    }
    if (seeds.empty()) {
        std::fprintf(stderr, "no seeds: the target must give at least one\n");
        return 1;
    }

    const auto started = std::chrono::steady_clock::now();
    for (const FuzzInput& s : seeds)
        run(s);
    std::mt19937 rng(seed);
    for (long i = 0; i < iterations; ++i)
        run(mutate(seeds, rng));
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started)
                        .count();
    std::printf(
        "%zu seeds and %ld mutations (seed %u) in %lld ms: no crash, every invariant held\n",
        seeds.size(), iterations, seed, static_cast<long long>(ms));
    return 0;
}
