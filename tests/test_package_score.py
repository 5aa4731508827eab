"""Issue 19: the package score, exact and as the issue defines it, and what it takes to reach the minimum.

Worked examples first (the two example plans in tests/data, by hand), then properties over any valid
package: the score stays within 0..100, never drops when one term gets better, does not change when
every weight is scaled, and the room's "what it takes" answer always reaches the minimum it promises.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from helpers import DATA
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import amounts, issues, scores, term_numbers, weights

from planner.model import Issue, IssueKind, Plan, Reservation, Side
from planner.package import (
    exact_score,
    price_utility,
    round_half_up,
    score_rounds,
    score_terms,
    term_utility,
    what_it_takes,
    what_it_takes_text,
)
from planner.plans.files import read_plan_file

D = Decimal
CAR = DATA / "package-car.walkaway.json"
SALARY = DATA / "package-salary.walkaway.json"


def car(**changes: object) -> Plan:
    plan = read_plan_file(CAR)
    return replace(plan, **changes) if changes else plan


def test_the_car_rounds_score_as_worked_by_hand() -> None:
    plan = car()
    first, second = plan.ordered_rounds()
    # Price 19,500 between the point 20,000 (0) and the target 17,500 (100): 20. Warranty 2 of 1..5: 25.
    # Delivery 8 weeks between 12 (0) and 2 (100): 40. (50 x 20 + 30 x 25 + 20 x 40) / 100 = 25.5.
    assert score_terms(plan, first.their_offer, first.their_terms).score == D("25.5")
    # 18,500: 60; 3 years: 50; 6 weeks: 60 -> (3000 + 1500 + 1200) / 100 = 57.0, one decimal always.
    scored = score_rounds(plan, [first, second])
    assert str(scored.score) == "57.0" and not scored.below_minimum
    assert [(t.key, t.utility) for t in scored.terms] == [("price", D(60)), ("warranty", D(50)), ("delivery", D(60))]


def test_the_salary_package_scores_below_its_minimum() -> None:
    plan = read_plan_file(SALARY)
    scored = score_rounds(plan, plan.ordered_rounds())
    # Selling: 100,000 between 90,000 (0) and 110,000 (100): 50; 3 of 0..5 remote days: 60; Senior: 70.
    assert scored.score == D("57.5") and scored.min_score == D(60) and scored.below_minimum


def test_the_price_scores_against_the_opening_without_a_target_and_not_at_all_without_either() -> None:
    plan = car(target=None)  # opening 16,800: 18,500 is 1,500 of 3,200 of the way
    assert price_utility(plan, D(18500)) == Fraction(1500 * 100, 3200)
    unscored = car(target=None, opening=None)
    assert price_utility(unscored, D(18500)) is None
    # Only the terms count then: (30 x 50 + 20 x 60) / 50 = 54.
    assert score_terms(unscored, D(18500), {"warranty": D(3), "delivery": D(6)}).score == D("54.0")
    assert price_utility(car(target=D(20000)), D(18500)) is None  # the target is the point: no distance to score
    assert price_utility(car(target=D(21000)), D(18500)) is None  # a target past the point (the plan warns of it)


def test_a_package_that_cannot_score_the_price_says_so() -> None:
    assert not any("cannot score the price" in w for w in car().warnings())
    for plan in (car(target=None, opening=None), car(target=D(20000)), car(target=None, opening=D(21000))):
        assert any("cannot score the price" in w for w in plan.warnings())
    assert not any("package" in w for w in read_plan_file(DATA / "office-lease.walkaway.json").warnings())


def test_utilities_are_clamped_and_a_missing_term_scores_zero() -> None:
    plan = car()
    warranty, delivery = plan.issues
    assert term_utility(warranty, D(9)) == 100 and term_utility(warranty, D(0)) == 0
    assert term_utility(delivery, D(1)) == 100 and term_utility(delivery, D(20)) == 0
    assert term_utility(warranty, None) == 0
    assert price_utility(plan, D(15000)) == 100 and price_utility(plan, D(25000)) == 0
    # A round with terms but no price: the price scores 0 too (50 x 0 + 30 x 100 + 20 x 100) / 100.
    assert score_terms(plan, None, {"warranty": D(5), "delivery": D(2)}).score == D("50.0")
    assert score_terms(plan, D(17500), {}).score == D("50.0")  # the terms left out: 0 each


def test_the_score_is_rounded_half_up_exactly() -> None:
    # One number term from 0 to 10,000 alone (the price unscored): the score is value / 100.
    term = Issue("x", "X", IssueKind.NUMBER, D(1), best=D(10000), worst=D(0))
    plan = Plan("T", "C", Side.BUY, "EUR", Reservation(D(100)), issues=[term], price_weight=D(1))
    assert score_terms(plan, None, {"x": D(1245)}).score == D("12.5")  # half-even would say 12.4
    assert score_terms(plan, None, {"x": D(1244)}).score == D("12.4")
    assert score_terms(plan, None, {"x": D("1249.9999")}).score == D("12.5")
    # A third never reaches a tie, however it is summed: 100/3 = 33.33… -> 33.3.
    thirds = replace(plan, issues=[replace(term, best=D(3), worst=D(0))])
    assert score_terms(thirds, None, {"x": D(1)}).score == D("33.3")
    assert round_half_up(Fraction(-25, 100)) == D("-0.3")  # away from zero, as ROUND_HALF_UP


def test_an_options_term_scores_its_option() -> None:
    plan = read_plan_file(SALARY)
    title = plan.issue("title")
    assert term_utility(title, "Staff Engineer") == 100 and term_utility(title, "Senior Engineer") == 70
    assert term_utility(title, "Intern") == 0  # not one of its options (the plan rules refuse it on entry)


# -- what it takes ---------------------------------------------------------------------------------


def test_what_it_takes_at_a_price_is_the_least_that_reaches_the_minimum() -> None:
    plan = car()  # minimum 55
    answer = what_it_takes(plan, D(18500))
    assert answer.reachable and not answer.past_point
    # The price brings 50 x 60 = 3000 of 5500: the terms must bring 2500 of 50 weight, 50 each.
    assert answer.level == D(50)
    assert [(n.issue.key, n.value, n.at_least) for n in answer.needs] == [
        ("warranty", D(3), True),  # 1 + 4 x 50% = 3 years
        ("delivery", D(7), False),  # 12 - 10 x 50% = 7 weeks at most
    ]
    text = what_it_takes_text(plan, D(18500))
    assert text == "At EUR 18,500 you need Warranty at least 3 years and Delivery at most 7 weeks to reach 55."


def test_what_it_takes_rounds_towards_the_best_and_says_when_nothing_will_do() -> None:
    plan = car()
    answer = what_it_takes(plan, D(19000))  # price 40 brings 2000: the terms need 3500 / 50 = 70 each
    # Warranty 1 + 4 x 70% = 3.8 years: whole years as the plan writes them, so at least 4; delivery 5 weeks.
    assert answer.level == D(70) and [n.value for n in answer.needs] == [D(4), D(5)]
    strict = replace(plan, reservation=replace(plan.reservation, min_score=D(99)))
    assert not what_it_takes(strict, D(20000)).reachable
    assert "no package reaches 99" in what_it_takes_text(strict, D(20000))
    past = what_it_takes(plan, D(20500))
    assert past.past_point and not past.reachable
    assert "past your walk-away point" in what_it_takes_text(plan, D(20500))
    easy = replace(plan, reservation=replace(plan.reservation, min_score=D(10)))
    assert "the price alone reaches 10" in what_it_takes_text(easy, D(17500))


def test_what_it_takes_with_options_picks_the_least_option_that_does() -> None:
    plan = read_plan_file(SALARY)  # minimum 60; at 110,000 the price brings 50 x 100 = 5000 of 6000
    answer = what_it_takes(plan, D(110000))
    assert answer.level == D(20)
    assert [n.value for n in answer.needs] == [D(1), "Senior Engineer"]
    assert "Title: Senior Engineer or better" in what_it_takes_text(plan, D(110000))
    assert what_it_takes(car(reservation=Reservation(D(20000))), D(18000)) is None  # no minimum: no question


# -- properties ----------------------------------------------------------------------------------------


@st.composite
def scored_plans(draw: st.DrawFn) -> Plan:
    side = draw(st.sampled_from(list(Side)))
    point = draw(amounts.filter(lambda a: a < D(10) ** 12))
    target = draw(st.none() | amounts.filter(lambda a: a < D(10) ** 12))
    plan = Plan(
        "P",
        "C",
        side,
        "EUR",
        Reservation(point, min_score=draw(scores)),
        target=target,
        opening=draw(st.none() | amounts),
        issues=draw(issues()),
        price_weight=draw(weights),
    )
    return plan


@st.composite
def offers(draw: st.DrawFn, plan: Plan) -> tuple[Decimal | None, dict]:
    terms = {}
    for issue in plan.issues:
        if draw(st.booleans()):
            terms[issue.key] = (
                draw(st.sampled_from(list(issue.options))) if issue.kind is IssueKind.OPTIONS else draw(term_numbers)
            )
    return draw(st.none() | amounts), terms


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_the_score_is_between_0_and_100_and_has_one_decimal(data: st.DataObject) -> None:
    plan = data.draw(scored_plans())
    offer, terms = data.draw(offers(plan))
    score = score_terms(plan, offer, terms).score
    assert D(0) <= score <= D(100)
    assert score.as_tuple().exponent == -1


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_better_term_never_lowers_the_score(data: st.DataObject) -> None:
    plan = data.draw(scored_plans())
    offer, terms = data.draw(offers(plan))
    before = exact_score(plan, offer, terms)
    issue = data.draw(st.sampled_from(plan.issues))
    if issue.kind is IssueKind.OPTIONS:
        # Left out, the term scores 0: any option is at least as good. Given, only as good or better ones.
        floor = issue.options[terms[issue.key]] if issue.key in terms else D(0)
        better = data.draw(st.sampled_from([n for n, score in issue.options.items() if score >= floor]))
    else:
        step = data.draw(st.decimals(min_value=0, max_value=500, places=2))
        current = terms.get(issue.key, issue.worst)
        better = current + step if issue.best > issue.worst else current - step
        if issue.key not in terms:  # from "left out" (0) to any value: never below 0
            better = data.draw(term_numbers)
    assert exact_score(plan, offer, {**terms, issue.key: better}) >= before
    # The price too: an offer better for our side never lowers the score.
    if offer is not None:
        move = data.draw(st.decimals(min_value=0, max_value=1000, places=2))
        improved = offer - move if plan.side is Side.BUY else offer + move
        if improved >= 0:
            assert exact_score(plan, improved, terms) >= before


@settings(max_examples=150, deadline=None)
@given(data=st.data(), factor=st.integers(min_value=2, max_value=7))
def test_scaling_every_weight_leaves_the_score_as_it_was(data: st.DataObject, factor: int) -> None:
    plan = data.draw(scored_plans())
    offer, terms = data.draw(offers(plan))
    scaled = replace(
        plan,
        issues=[replace(i, weight=i.weight * factor) for i in plan.issues],
        price_weight=plan.price_weight * factor,
    )
    assert exact_score(scaled, offer, terms) == exact_score(plan, offer, terms)
    assert score_terms(scaled, offer, terms).score == score_terms(plan, offer, terms).score


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_what_it_takes_always_reaches_the_minimum_it_promises(data: st.DataObject) -> None:
    plan = data.draw(scored_plans())
    price = data.draw(amounts)
    answer = what_it_takes(plan, price)
    best = {
        i.key: max(i.options, key=lambda n: i.options[n]) if i.kind is IssueKind.OPTIONS else i.best
        for i in plan.issues
    }
    if answer.past_point:
        assert plan.is_better_for_us(plan.reservation.value, price)
        return
    if not answer.reachable:
        assert exact_score(plan, price, best) < plan.reservation.min_score
        return
    needed = {n.issue.key: n.value for n in answer.needs if n.value is not None}
    assert exact_score(plan, price, needed) >= plan.reservation.min_score


def test_a_term_value_that_is_not_a_decimal_is_refused_by_the_rules() -> None:
    from planner.plan_rules import first_problem

    plan = car()
    plan.rounds[0].their_terms["warranty"] = 2.5  # type: ignore[assignment]  # a float, as a careless caller
    problem = first_problem(plan)
    assert problem is not None and problem.path == "rounds[0].their_terms.warranty"
