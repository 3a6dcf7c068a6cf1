"""Communication's part of the benchmarks' scale data set: 50 websites, social media, campaigns.

Fifty sites (codes ``scale-site-NN``) with twelve monthly records and their own yearly record every
year (unique visitors of a year are never the months' sum), ten social accounts with a follower
count each month, each year a campaign with actions and figures, and the year's narrative with its
topics. Every translated field is filled in nl, fr, de and en. Re-running skips the years whose
records are there.
"""

import datetime

from communication.models import (
    Campaign,
    CampaignAction,
    CampaignFigure,
    CommunicationTopic,
    CommunicationYear,
    FollowerCount,
    SocialAccount,
    Website,
    WebStatistic,
)

LANGS = ("nl", "fr", "de", "en")
WEBSITES = 50
ACCOUNTS = 10
TOPICS = 3
ACTIONS = 5
FIGURES = 4
BATCH = 5000
PLATFORMS = [platform for platform, _label in SocialAccount.Platform.choices]


def _texts(field: str, text: str) -> dict[str, str]:
    return {f"{field}_{lang}": f"{text} [{lang}]" for lang in LANGS}


def _websites() -> list[Website]:
    codes = [f"scale-site-{number:02d}" for number in range(1, WEBSITES + 1)]
    existing = set(Website.objects.filter(code__in=codes).values_list("code", flat=True))
    Website.objects.bulk_create(
        [
            Website(
                code=code,
                address=f"www.scale-{number:02d}.example.be",
                matomo_id=90000 + number,
                **_texts("name", f"Site {number}"),
            )
            for number, code in enumerate(codes, start=1)
            if code not in existing
        ]
    )
    return list(Website.objects.filter(code__in=codes).order_by("code"))


def _accounts() -> list[SocialAccount]:
    handles = [(PLATFORMS[n % len(PLATFORMS)], f"scale_account_{n:02d}") for n in range(ACCOUNTS)]
    existing = set(
        SocialAccount.objects.filter(handle__startswith="scale_account_").values_list(
            "platform", "handle"
        )
    )
    SocialAccount.objects.bulk_create(
        [
            SocialAccount(
                platform=platform,
                handle=handle,
                address=f"https://social.example/{handle}",
                **_texts("name", f"The account {handle}"),
            )
            for platform, handle in handles
            if (platform, handle) not in existing
        ]
    )
    return list(SocialAccount.objects.filter(handle__startswith="scale_account_"))


def _statistics(websites: list[Website], years: list[int]) -> None:
    done = set(
        WebStatistic.objects.filter(website__in=websites, year__in=years).values_list(
            "year", flat=True
        )
    )
    records = []
    for year in years:
        if year in done:
            continue
        for index, site in enumerate(websites):
            base = 1000 * (index + 1) + 50 * (year - 2000)
            records.append(
                WebStatistic(
                    website=site,
                    kind=WebStatistic.Kind.YEAR,
                    year=year,
                    unique_visitors=8 * base,
                    visits=15 * base,
                    page_views=40 * base,
                )
            )
            records += [
                WebStatistic(
                    website=site,
                    kind=WebStatistic.Kind.MONTH,
                    year=year,
                    month=month,
                    unique_visitors=base + month,
                    visits=2 * base + month,
                    page_views=5 * base + month,
                )
                for month in range(1, 13)
            ]
    WebStatistic.objects.bulk_create(records, batch_size=BATCH)


def _followers(accounts: list[SocialAccount], years: list[int]) -> None:
    done = {
        day.year
        for day in FollowerCount.objects.filter(account__in=accounts, date__year__in=years).dates(
            "date", "year"
        )
    }
    FollowerCount.objects.bulk_create(
        [
            FollowerCount(
                account=account,
                date=datetime.date(year, month, 1),
                followers=1000 * (index + 1) + 100 * (12 * (year - 2000) + month),
            )
            for year in years
            if year not in done
            for index, account in enumerate(accounts)
            for month in range(1, 13)
        ],
        batch_size=BATCH,
    )


def _narratives(years: list[int]) -> None:
    existing = set(CommunicationYear.objects.filter(year__in=years).values_list("year", flat=True))
    narratives = CommunicationYear.objects.bulk_create(
        [
            CommunicationYear(
                year=year,
                **_texts("title", f"Communication in {year}"),
                **_texts("introduction", "Introduction to communication. " * 8),
            )
            for year in years
            if year not in existing
        ]
    )
    CommunicationTopic.objects.bulk_create(
        [
            CommunicationTopic(
                narrative=narrative,
                position=position,
                **_texts("title", f"Topic {position}"),
                **_texts("text", f"What topic {position} was about. " * 6),
            )
            for narrative in narratives
            for position in range(1, TOPICS + 1)
        ]
    )


def _campaigns(years: list[int]) -> None:
    existing = set(
        Campaign.objects.filter(year__in=years, code="scale-campaign").values_list(
            "year", flat=True
        )
    )
    campaigns = Campaign.objects.bulk_create(
        [
            Campaign(
                code="scale-campaign",
                year=year,
                **_texts("name", f"#Scale{year}"),
                **_texts("title", f"The campaign of {year}"),
                **_texts("description", "What the campaign wanted. " * 5),
            )
            for year in years
            if year not in existing
        ]
    )
    CampaignAction.objects.bulk_create(
        [
            CampaignAction(
                campaign=campaign,
                position=position,
                start_date=datetime.date(campaign.year, 1 + 2 * position, 1),
                end_date=datetime.date(campaign.year, 1 + 2 * position, 28)
                if position % 2
                else None,
                **_texts("title", f"Action {position}"),
                **_texts("place", "Brussels"),
                **_texts("description", f"What action {position} did. " * 3),
            )
            for campaign in campaigns
            for position in range(1, ACTIONS + 1)
        ]
    )
    CampaignFigure.objects.bulk_create(
        [
            CampaignFigure(
                campaign=campaign,
                position=position,
                code=f"figure-{position}",
                value=100 * position,
                total=1000 * position if position == 1 else None,
                **_texts("unit", "photos"),
                **_texts("label", f"figure {position} of the campaign"),
            )
            for campaign in campaigns
            for position in range(1, FIGURES + 1)
        ]
    )


def generate(*, years: list[int]) -> None:
    """Sites and their statistics, accounts and followers, campaigns, narratives (idempotent)."""
    _statistics(_websites(), years)
    _followers(_accounts(), years)
    _campaigns(years)
    _narratives(years)
