"""Fit a tier's weights to a published table: least squares, then an exact search over integer (if needed
half-integer) core weights summing to 100.

Acceptance: every row reproduced within 0.5·10⁻ⁱ·Σw + 0.5·10⁻ᵗ (i, t = index and total decimals; with 2 and 1
decimals and Σw = 110 that is 0.6). Among acceptable vectors the choice is deterministic: smallest maximum
residual, then smallest sum of squared residuals, then lexicographically smallest weights (methodology order).

The search never enumerates all compositions of 100: linear programs bound every weight over the polytope of
acceptable real vectors, and a depth-first search over that box prunes any branch whose residual interval leaves
the bound (which shrinks to the best maximum residual found so far), visiting values nearest the least-squares
solution first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

import numpy as np
from numpy.typing import NDArray

from govweb.errors import BadInput, JobFailed, Problem
from govweb.scoring.methodology import Methodology, TierSpec
from govweb.scoring.table import InputRow, InputTable
from govweb.terms import index_column

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class TierFit:
    tier: str
    weights: dict[str, Decimal]            # core weights, methodology order
    bonus: dict[str, Decimal]
    fitted_with: list[str]                 # tiers whose rows were used
    rows: int
    step: Decimal                          # 1 or 0.5
    bound: Decimal                         # acceptance bound for these weights
    max_residual: Decimal
    rms_residual: Decimal
    least_squares: dict[str, float] = field(default_factory=dict)
    ties: int = 1                          # vectors sharing the best maximum residual


@dataclass(frozen=True)
class _Problem:
    """One fit in exact integers: residual·S = X·k + bonus_const − Y with weights w = k·step."""

    names: list[str]                       # fitted core indices
    bonus_name: str | None
    x: NDArray[np.int64]                   # rows × core, indices·10^D
    xb: NDArray[np.int64]                  # rows, bonus index·10^D (zeros if none)
    y: NDArray[np.int64]                   # rows, total·10^D
    scale: int                             # 10^D
    half_index: Fraction                   # 0.5·10⁻ⁱ  (bound per unit of Σw)
    half_total: Fraction                   # 0.5·10⁻ᵗ


def _decimals(values: Sequence[Decimal]) -> int:
    return max((max(0, -int(v.as_tuple().exponent)) for v in values), default=0)


# ---------------------------------------------------------------- continuous fits (numpy / scipy)


def least_squares(a: Floats, y: Floats, fixed_sum: float, n_core: int) -> Floats:
    """Minimise |A·v − y|² subject to Σ v[:n_core] = fixed_sum (KKT system, solved by lstsq)."""
    n = a.shape[1]
    kkt = np.zeros((n + 1, n + 1))
    kkt[:n, :n] = a.T @ a
    kkt[:n, n] = kkt[n, :n_core] = 1.0
    rhs = np.concatenate([a.T @ y, [fixed_sum]])
    solution: Floats = np.linalg.lstsq(kkt, rhs, rcond=None)[0][:n]
    return solution


def _lp_box(a: Floats, y: Floats, n_core: int, bound0: float, bound1: float, fit_bonus: bool,
            fixed_sum: float, cap: float | None = None) -> list[tuple[float, float]] | None:
    """Range of every variable over {v ≥ 0, Σ core = fixed_sum, |A·v − y| ≤ bound0 + bound1·b, |A·v − y| ≤ cap};
    None if empty."""
    from scipy.optimize import linprog

    n = a.shape[1]
    slope = np.zeros(n)
    if fit_bonus:
        slope[n - 1] = bound1
    a_ub = np.vstack([a - slope, -a - slope])
    b_ub = np.concatenate([y + bound0, -y + bound0])
    if cap is not None:
        a_ub = np.vstack([a_ub, a, -a])
        b_ub = np.concatenate([b_ub, y + cap, -y + cap])
    a_eq = np.zeros((1, n))
    a_eq[0, :n_core] = 1.0
    box = []
    for i in range(n):
        ends = []
        for sign in (1.0, -1.0):
            c = np.zeros(n)
            c[i] = sign
            result = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[fixed_sum],
                             bounds=[(0.0, fixed_sum)] * n, method="highs")
            if result.status == 2:
                return None
            if result.status != 0:
                raise JobFailed(f"校准时线性规划求解失败：{result.message}")
            ends.append(float(result.x[i]))
        box.append((ends[0], ends[1]))
    return box


def _milp_minimax(a: Floats, y: Floats, n_core: int, units_per: int, ranges: list[tuple[int, int]],
                  bound0: float, bound1: float, fit_bonus: bool) -> float | None:
    """The smallest maximum residual over grid vectors k/units_per in `ranges` (Σ core = 100) that also meet the
    acceptance bound; None when there is none. Mixed-integer LP (HiGHS), solved to a zero gap."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    rows, n = a.shape
    scaled = a / units_per
    ones = np.ones((rows, 1))
    slope = np.zeros((1, n))
    if fit_bonus:
        slope[0, n - 1] = bound1 / units_per
    matrix = np.vstack([
        np.hstack([scaled, -ones]), np.hstack([-scaled, -ones]),            # |r| − t ≤ 0
        np.hstack([scaled - slope, 0 * ones]), np.hstack([-scaled - slope, 0 * ones]),  # |r| ≤ bound0 + bound1·b
    ])
    upper = np.concatenate([y, -y, y + bound0, -y + bound0])
    total = np.zeros((1, n + 1))
    total[0, :n_core] = 1.0
    constraints = [LinearConstraint(matrix, -np.inf, upper),
                   LinearConstraint(total, 100 * units_per, 100 * units_per)]
    c = np.zeros(n + 1)
    c[n] = 1.0
    lower = np.array([lo for lo, _ in ranges] + [0.0])
    high = np.array([hi for _, hi in ranges] + [np.inf])
    result = milp(c, constraints=constraints, integrality=np.array([1] * n + [0]), bounds=Bounds(lower, high),
                  options={"mip_rel_gap": 0.0})
    if result.status == 2 or result.x is None:
        return None
    if result.status != 0:
        raise JobFailed(f"校准时整数规划求解失败：{result.message}")
    return float(result.x[n])


def minimax(a: Floats, y: Floats, n_core: int, fixed_sum: float) -> Floats:
    """Real weights (Σ core = fixed_sum, ≥ 0) minimising the largest absolute residual."""
    from scipy.optimize import linprog

    n = a.shape[1]
    ones = np.ones((a.shape[0], 1))
    a_ub = np.vstack([np.hstack([a, -ones]), np.hstack([-a, -ones])])
    b_ub = np.concatenate([y, -y])
    a_eq = np.zeros((1, n + 1))
    a_eq[0, :n_core] = 1.0
    c = np.zeros(n + 1)
    c[n] = 1.0
    result = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[fixed_sum], bounds=[(0, None)] * (n + 1),
                     method="highs")
    solution: Floats = result.x[:n]
    return solution


# ---------------------------------------------------------------- exact search


@dataclass
class _Search:
    coef: NDArray[np.int64]                # rows × free vars: residual contribution per unit of k
    base: NDArray[np.int64]                # rows: residual when every free var is 0
    ranges: list[tuple[int, int]]          # per free var (k units)
    centers: list[float]
    last_range: tuple[int, int] | None     # the core var fixed by the sum, or None when no core remains free
    total_units: int                       # Σ core k
    core_free: list[bool]                  # free var takes part in the sum
    limit: float                           # current pruning bound (scaled residual units)
    found: list[tuple[int, ...]] = field(default_factory=list)
    nodes: int = 0
    lp_span: float = 500.0                 # below this many grid points left, interval pruning alone is cheaper

    def _tighten(self, depth: int, residual: Floats, core_sum: int) -> tuple[int, int] | None:
        """Exact range of the next variable over the LP relaxation of what is left; None when empty."""
        from scipy.optimize import linprog

        coef = self.coef[:, depth:].astype(np.float64)
        a_ub = [coef, -coef]
        b_ub = [self.limit + 1e-6 - residual, self.limit + 1e-6 + residual]
        if self.last_range is not None:
            core = np.array([[1.0 if free else 0.0 for free in self.core_free[depth:]]])
            a_ub += [core, -core]
            b_ub += [np.array([self.total_units - self.last_range[0] - core_sum], dtype=np.float64),
                     np.array([-(self.total_units - self.last_range[1] - core_sum)], dtype=np.float64)]
        ends = []
        for sign in (1.0, -1.0):
            c = np.zeros(coef.shape[1])
            c[0] = sign
            result = linprog(c, A_ub=np.vstack(a_ub), b_ub=np.concatenate(b_ub), bounds=self.ranges[depth:],
                             method="highs")
            if result.status == 2:  # infeasible: nothing below the limit in this branch
                return None
            if result.status != 0:  # numerical trouble: keep the interval-pruned range
                return self.ranges[depth]
            ends.append(float(result.x[0]))
        return int(np.ceil(ends[0] - 1e-6)), int(np.floor(ends[1] + 1e-6))

    def run(self) -> None:
        n = len(self.ranges)
        lo_c = np.zeros((n + 1, self.base.shape[0]))
        hi_c = np.zeros((n + 1, self.base.shape[0]))
        for d in range(n - 1, -1, -1):
            lo, hi = self.ranges[d]
            a, b = self.coef[:, d] * lo, self.coef[:, d] * hi
            lo_c[d] = lo_c[d + 1] + np.minimum(a, b)
            hi_c[d] = hi_c[d + 1] + np.maximum(a, b)
        core_lo = [0] * (n + 1)
        core_hi = [0] * (n + 1)
        for d in range(n - 1, -1, -1):
            lo, hi = self.ranges[d] if self.core_free[d] else (0, 0)
            core_lo[d], core_hi[d] = core_lo[d + 1] + lo, core_hi[d + 1] + hi
        self._lo, self._hi, self._core_lo, self._core_hi = lo_c, hi_c, core_lo, core_hi
        self._span = [float(np.prod([hi - lo + 1.0 for lo, hi in self.ranges[d:]])) for d in range(n + 1)]
        self._dfs(0, self.base.astype(np.float64), 0, ())

    def _dfs(self, depth: int, residual: Floats, core_sum: int, chosen: tuple[int, ...]) -> None:
        self.nodes += 1
        if self.last_range is not None:
            need_lo = self.total_units - self.last_range[1] - core_sum
            need_hi = self.total_units - self.last_range[0] - core_sum
            if self._core_hi[depth] < need_lo or self._core_lo[depth] > need_hi:
                return
        low = residual + self._lo[depth]
        high = residual + self._hi[depth]
        worst = float(np.max(np.maximum(low, -high)))
        if worst > self.limit + 1e-6:
            return
        if depth == len(self.ranges):
            self.limit = min(self.limit, float(np.max(np.abs(residual))))
            self.found.append(chosen)
            return
        lo, hi = self.ranges[depth]
        if self._span[depth] > self.lp_span:
            tightened = self._tighten(depth, residual, core_sum)
            if tightened is None:
                return
            lo, hi = max(lo, tightened[0]), min(hi, tightened[1])
        center = self.centers[depth]
        for k in sorted(range(lo, hi + 1), key=lambda v: (abs(v - center), v)):
            self._dfs(depth + 1, residual + self.coef[:, depth] * k,
                      core_sum + (k if self.core_free[depth] else 0), (*chosen, k))


def _fit_step(problem: _Problem, step: Fraction, bonus_fixed: Fraction | None) -> tuple[list[tuple[Fraction, ...]], int]:
    """All best vectors (core weights, then bonus when fitted) on the grid `step`; empty when none is acceptable."""
    n_core = len(problem.names)
    fit_bonus = bonus_fixed is None and problem.bonus_name is not None
    scale = problem.scale
    x = problem.x.astype(np.float64) / scale
    y = problem.y.astype(np.float64) / scale
    xb = problem.xb.astype(np.float64) / scale
    a = np.hstack([x, xb[:, None]]) if fit_bonus else x
    target = y - (xb * float(bonus_fixed) if bonus_fixed is not None else 0.0)
    h_i, h_t = float(problem.half_index), float(problem.half_total)
    fixed_bonus = float(bonus_fixed or 0)
    bound0 = h_i * (100 + fixed_bonus) + h_t
    box = _lp_box(a, target, n_core, bound0, h_i, fit_bonus, 100.0)
    if box is None:
        return [], 0
    ls = least_squares(a, target, 100.0, n_core)
    units_per = int(1 / step)
    ranges = [(int(np.ceil(lo * units_per - 1e-9)), int(np.floor(hi * units_per + 1e-9))) for lo, hi in box]
    if any(lo > hi for lo, hi in ranges):
        return [], 0
    # the best maximum residual on the grid, then the (much smaller) box of vectors that can reach it
    best = _milp_minimax(a, target, n_core, units_per, ranges, bound0, h_i, fit_bonus)
    if best is None:
        return [], 0
    cap = best + 1e-6
    box = _lp_box(a, target, n_core, bound0, h_i, fit_bonus, 100.0, cap=cap)
    if box is None:  # numerically at the edge: fall back to the acceptance box
        cap = bound0 + (h_i * ranges[-1][1] / units_per if fit_bonus else 0.0)
    else:
        ranges = [(max(r[0], int(np.ceil(lo * units_per - 1e-6))), min(r[1], int(np.floor(hi * units_per + 1e-6))))
                  for r, (lo, hi) in zip(ranges, box, strict=True)]
    # exact integer residual in units of 1/(scale·units_per): Σ k·x_int + kb·xb_int − y_int·units_per
    # (times `mult` so that a fixed fractional bonus stays integral)
    bonus_units = Fraction(bonus_fixed or 0) * units_per
    mult = bonus_units.denominator
    x_int, xb_int = problem.x * mult, problem.xb * mult
    y_units = problem.y * units_per * mult - problem.xb * (bonus_units.numerator)
    columns = [x_int[:, i] for i in range(n_core)] + ([xb_int] if fit_bonus else [])
    # the core var with the widest range is fixed by the sum; search the others, narrowest first
    last = max(range(n_core), key=lambda i: (ranges[i][1] - ranges[i][0], -i))
    free = sorted((i for i in range(len(columns)) if i != last), key=lambda i: (ranges[i][1] - ranges[i][0], i))
    total_units = 100 * units_per
    coef = np.stack([columns[i] - (columns[last] if i < n_core else 0) for i in free], axis=1) \
        if free else np.zeros((len(y_units), 0), dtype=np.int64)
    base = columns[last] * total_units - y_units
    limit_units = cap * scale * units_per * mult
    search = _Search(coef=coef.astype(np.int64), base=base.astype(np.int64), ranges=[ranges[i] for i in free],
                     centers=[float(ls[i]) * units_per for i in free], last_range=ranges[last],
                     total_units=total_units, core_free=[i < n_core for i in free], limit=limit_units)
    search.run()
    vectors = []
    for chosen in search.found:
        ks = [0] * len(columns)
        for i, k in zip(free, chosen, strict=True):
            ks[i] = k
        ks[last] = total_units - sum(ks[i] for i in range(n_core) if i != last)
        vectors.append(tuple(Fraction(k, units_per) for k in ks))
    return vectors, search.nodes


def _residuals(problem: _Problem, core: Sequence[Fraction], bonus: Fraction) -> list[Fraction]:
    scale = problem.scale
    result = []
    for j in range(len(problem.y)):
        value = sum((w * int(problem.x[j, i]) for i, w in enumerate(core)), Fraction(0)) + bonus * int(problem.xb[j])
        result.append((value - int(problem.y[j])) / scale)
    return result


def _bound(problem: _Problem, bonus: Fraction) -> Fraction:
    return problem.half_index * (100 + bonus) + problem.half_total


def _best(problem: _Problem, vectors: list[tuple[Fraction, ...]], bonus_fixed: Fraction | None
          ) -> tuple[tuple[Fraction, ...], Fraction, list[Fraction], int] | None:
    n_core = len(problem.names)
    scored = []
    for vector in vectors:
        bonus = bonus_fixed if bonus_fixed is not None else (vector[n_core] if len(vector) > n_core else Fraction(0))
        residuals = _residuals(problem, vector[:n_core], bonus)
        worst = max(abs(r) for r in residuals)
        if worst <= _bound(problem, bonus):
            scored.append((worst, sum(r * r for r in residuals), vector, bonus, residuals))
    if not scored:
        return None
    scored.sort(key=lambda item: (item[0], item[1], item[2]))
    ties = sum(1 for item in scored if item[0] == scored[0][0])
    return scored[0][2], scored[0][3], scored[0][4], ties


# ---------------------------------------------------------------- per tier


def _fit_rows(table: InputTable, methodology: Methodology, tier: str, fit_bonus: bool
              ) -> tuple[list[str], list[InputRow], str | None, list[Problem]]:
    """Core indices present for the tier, the rows used, the bonus index, and the blank cells that stop the fit."""
    spec = methodology.tiers[tier]
    own = [row for row in table.rows if row.tier == tier]
    bonus_names = list(spec.bonus)
    bonus_name = bonus_names[0] if bonus_names else None
    present = [name for name in methodology.indices
               if name != bonus_name and any(row.indices.get(name) is not None for row in own)]
    n_weights = len(present) + (1 if fit_bonus and bonus_name else 0)
    rows = own
    if len(own) < 2 * n_weights:
        partner = spec.calibrate_with
        partner_rows = [row for row in table.rows if partner is not None and row.tier == partner]
        if not partner_rows:
            raise JobFailed(
                f"级别「{tier}」只有 {len(own)} 行，少于待定权重数的两倍（{2 * n_weights}），无法单独校准："
                f"请在评估方法中为它设置 calibrate_with，并在表格中给出该级别的行"
            )
        rows = own + partner_rows
    problems = [
        Problem(f"校准级别「{tier}」需要该指数，但单元格为空", file=row.file, row=row.source_row,
                column=index_column(name))
        for row in rows for name in [*present, *([bonus_name] if bonus_name else [])]
        if row.indices.get(name) is None
    ]
    problems += [Problem("校准需要总分，但单元格为空", file=row.file, row=row.source_row, column="总分")
                 for row in rows if row.total is None]
    return present, rows, bonus_name, problems


def calibration_gaps(table: InputTable, methodology: Methodology, fit_bonus: bool = False) -> list[Problem]:
    """Every blank cell that calibrating the table's tiers would stop at, all tiers at once (each once)."""
    problems = [problem for tier in methodology.tiers if tier in set(table.tiers())
                for problem in _fit_rows(table, methodology, tier, fit_bonus)[3]]
    return list(dict.fromkeys(problems))


def _problem(methodology: Methodology, names: list[str], rows: list[InputRow], bonus_name: str | None) -> _Problem:
    values = [row.indices[name] for row in rows for name in [*names, *([bonus_name] if bonus_name else [])]]
    totals = [row.total for row in rows]
    digits = max(_decimals([v for v in values if v is not None]), _decimals([t for t in totals if t is not None]))
    scale = 10 ** digits

    def ints(items: Sequence[Decimal | None]) -> NDArray[np.int64]:
        return np.array([int((item or Decimal(0)) * scale) for item in items], dtype=np.int64)

    x = np.stack([ints([row.indices[name] for row in rows]) for name in names], axis=1)
    xb = ints([row.indices[bonus_name] for row in rows]) if bonus_name else np.zeros(len(rows), dtype=np.int64)
    half = Fraction(1, 2)
    return _Problem(names, bonus_name, x, xb, ints(totals), scale,
                    half / 10 ** methodology.rounding.index, half / 10 ** methodology.rounding.total)


def calibrate_tier(table: InputTable, methodology: Methodology, tier: str, fit_bonus: bool = False) -> TierFit:
    names, rows, bonus_name, problems = _fit_rows(table, methodology, tier, fit_bonus)
    if problems:
        raise BadInput(f"表格 {table.file} 无法用于校准", problems)
    problem = _problem(methodology, names, rows, bonus_name)
    spec = methodology.tiers[tier]
    bonus_fixed: Fraction | None = Fraction(spec.bonus[bonus_name]) if bonus_name else Fraction(0)
    if fit_bonus and bonus_name:
        bonus_fixed = None
    fitted_with = list(dict.fromkeys(row.tier for row in rows))
    for step in (Fraction(1), Fraction(1, 2)):
        vectors, _ = _fit_step(problem, step, bonus_fixed)
        best = _best(problem, vectors, bonus_fixed)
        if best is None:
            continue
        vector, bonus, residuals, ties = best
        scale_rows = len(residuals)
        rms = (sum(float(r) ** 2 for r in residuals) / scale_rows) ** 0.5
        x = problem.x.astype(np.float64) / problem.scale
        target = problem.y / problem.scale - problem.xb / problem.scale * float(bonus)
        ls = least_squares(x, target, 100.0, len(names))
        return TierFit(
            tier=tier,
            weights={name: _dec(w) for name, w in zip(names, vector, strict=False)},
            bonus={bonus_name: _dec(bonus)} if bonus_name else {},
            fitted_with=fitted_with, rows=len(rows), step=_dec(step), bound=_dec(_bound(problem, bonus)),
            max_residual=_dec(max(abs(r) for r in residuals)), rms_residual=Decimal(f"{rms:.4f}"),
            least_squares={name: round(float(v), 3) for name, v in zip(names, ls, strict=True)}, ties=ties,
        )
    raise _unfittable(problem, rows, tier, bonus_fixed)


def _dec(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def _unfittable(problem: _Problem, rows: list[InputRow], tier: str, bonus_fixed: Fraction | None) -> JobFailed:
    """The rows that even the best real weights (minimax) leave outside the bound, with their residuals."""
    x = problem.x.astype(np.float64) / problem.scale
    bonus = float(bonus_fixed or 0)
    target = problem.y / problem.scale - problem.xb / problem.scale * bonus
    weights = minimax(x, target, len(problem.names), 100.0)
    residuals = x @ weights - target
    bound = float(_bound(problem, bonus_fixed or Fraction(0)))
    order = np.argsort(-np.abs(residuals))
    failing = [int(j) for j in order if abs(residuals[j]) > bound] or [int(j) for j in order[:5]]
    problems = [
        Problem(f"「{rows[j].name}」（{rows[j].tier}）公布总分 {rows[j].total}，最接近的权重算得 "
                f"{float(x[j] @ weights + problem.xb[j] / problem.scale * bonus):.3f}，残差 {residuals[j]:+.3f}"
                f"（允许 ±{bound:.3f}）", file=rows[j].file, row=rows[j].source_row)
        for j in failing
    ]
    fitted = "、".join(f"{n} {w:.2f}" for n, w in zip(problem.names, weights, strict=True))
    return JobFailed(f"级别「{tier}」无法校准：没有整数或半整数权重能在允许误差内复现每一行（最优实数权重：{fitted}）",
                     problems)


def calibrate(table: InputTable, methodology: Methodology, fit_bonus: bool = False) -> list[TierFit]:
    """Fit every tier of the methodology that the table has rows for, in methodology order."""
    present = set(table.tiers())
    return [calibrate_tier(table, methodology, tier, fit_bonus) for tier in methodology.tiers if tier in present]


def apply_fits(methodology: Methodology, fits: list[TierFit], source: str) -> Methodology:
    """The methodology with fitted weights and a `calibration:` record of the fit."""
    tiers: dict[str, TierSpec] = {}
    for name, spec in methodology.tiers.items():
        fit = next((f for f in fits if f.tier == name), None)
        tiers[name] = spec if fit is None else spec.model_copy(update={"weights": fit.weights, "bonus": fit.bonus})
    record = {
        "source": source,
        "method": "least squares, then exact search over integer (else half-integer) core weights summing to 100; "
                  "choice: smallest max residual, then smallest sum of squares, then lexicographic",
        "tiers": {
            fit.tier: {"rows": fit.rows, "fitted_with": fit.fitted_with, "step": fit.step, "bound": fit.bound,
                       "max_residual": fit.max_residual, "rms_residual": fit.rms_residual, "ties": fit.ties}
            for fit in fits
        },
    }
    return methodology.model_copy(update={"tiers": tiers, "calibration": record})
