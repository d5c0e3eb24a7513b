"""Writes the expected number formats of CPython itself, used as the test oracle.

Run with any CPython 3: python3 generate_python_cases.py
Each line of ratio-cases.tsv: numerator, denominator, format(num/den, ',.1%'), format(num/den, ',.2f').
Each line of division-cases.tsv: numerator, denominator, repr(num/den).
"""
import random

rng = random.Random(20251208)
pairs = [
    (1, 8), (1, 16), (155, 2480), (5, 8), (-1, 8), (-1, 10000), (-1, 3000), (0, 7), (1, 3), (2, 3),
    (125, 1000), (1, 800), (1, 1600), (3, 1600), (7, 1600), (12345, 1000), (397790919, 21008149),
    (62362146, 720237), (-5, 1000000), (-49, 100000), (10**18, 3), (2**64 + 1, 3), (2**70 + 12345, 2**53 + 1),
    (-(2**64), 2**63 + 7), (999999999999999999, 1000000000000000000), (1, 2**60), (2**100, 7),
]
for _ in range(400):
    den = rng.choice([rng.randint(1, 100), rng.randint(1, 10**6), rng.randint(1, 10**12), rng.randint(1, 2**64)])
    num = rng.randint(-3 * den, 3 * den)
    pairs.append((num, den))
for _ in range(200):
    den = rng.choice([8, 16, 40, 80, 160, 200, 400, 800, 1600, 2000, 3200])
    num = rng.randint(-den, den)
    pairs.append((num, den))

pairs = list(dict.fromkeys(pairs))  # unique, first occurrence kept: each line is one test case

with open("ratio-cases.tsv", "w") as f:
    for num, den in pairs:
        x = num / den
        f.write(f"{num}\t{den}\t{x:,.1%}\t{x:,.2f}\n")

with open("division-cases.tsv", "w") as f:
    for num, den in pairs:
        f.write(f"{num}\t{den}\t{num / den!r}\n")

with open("count-cases.tsv", "w") as f:
    for n in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1, -1234, 2**63, 2**64 - 1, 2**64 * 100 + 7, -(2**64)]:
        f.write(f"{n}\t{n:,d}\n")
