from piu_desk.core.desk import Desk


def test_admin_desk_sees_three_accounts(admin_desk: Desk) -> None:
    assert [u.username for u in admin_desk.users()] == ["admin", "sopheap", "vanna"]
